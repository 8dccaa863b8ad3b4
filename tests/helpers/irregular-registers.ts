import type { EchangeDocument } from '../../src/shared/exchange/schema'

/**
 * The irregular registers a generated association lacks, spread over its séances: empty
 * registers, teams of one or none, cancelled séances, absences and excuses. What the lean reads
 * (compliance input, figures input) must count exactly as the full snapshot does.
 */
export function withIrregularRegisters(doc: EchangeDocument): EchangeDocument {
  doc.seances.forEach((s, i) => {
    if (i % 7 === 0) s.presences = []
    if (i % 11 === 0) s.intervenantIds = s.intervenantIds.slice(0, 1)
    if (i % 13 === 0) s.intervenantIds = []
    if (i % 17 === 0) Object.assign(s, { annulee: true, motifAnnulation: 'Grève' })
    if (i % 5 === 0) s.presences = s.presences.map((p, k) => ({ ...p, statut: k % 2 ? 'absent' : 'excuse' }))
  })
  return doc
}
