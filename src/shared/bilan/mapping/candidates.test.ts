import { describe, expect, it } from 'vitest'
import { QUESTIONS } from '../questions/bank'
import { normalizeLabel } from '../questions/normalize'
import { TEMPLATE_IDS } from '../questions/templates'
import { candidateBank } from './candidates'
import { withoutAsides } from './wording'

const texts = (id: string, bank = candidateBank()) => new Set(bank.candidates.find((c) => c.id === id)!.wordings.map((w) => w.normalized))

describe('the bank of candidates', () => {
  it('leaves out every wording only the excluded form has, and keeps the others', () => {
    for (const template of TEMPLATE_IDS) {
      const bank = candidateBank({ exclude: template })
      for (const q of QUESTIONS) {
        const others = [q.texte, ...Object.entries(q.formulations).filter(([t]) => t !== template).flatMap(([, f]) => f ?? [])]
        const kept = new Set(others.flatMap((t) => [t, withoutAsides(t)]).map(normalizeLabel))
        const own = (q.formulations[template] ?? []).map(normalizeLabel).filter((w) => !kept.has(w))
        const wordings = texts(`question:${q.id}`, bank)
        for (const w of own) expect(wordings.has(w), `${template} / ${q.id}`).toBe(false)
        for (const w of others.map(normalizeLabel)) expect(wordings.has(w), `${template} / ${q.id}`).toBe(true)
      }
    }
  })

  it('leaves out the figure synonyms a measure names', () => {
    const copied = (w: string) => normalizeLabel(w) === normalizeLabel('Nombre d’intervenants CLAS Bénévoles')
    expect(texts('chiffre:intervenants.benevole.nombre')).toContain(normalizeLabel('Nombre d’intervenants CLAS Bénévoles'))
    const without = texts('chiffre:intervenants.benevole.nombre', candidateBank({ leaveOut: copied }))
    expect(without).not.toContain(normalizeLabel('Nombre d’intervenants CLAS Bénévoles'))
    expect(without).toContain(normalizeLabel('Nombre de bénévoles'))
  })

  it('lets a count tick a box but a text only fill a line', () => {
    const accepts = (id: string) => candidateBank().candidates.find((c) => c.id === id)!.accepts
    expect(accepts('chiffre:parents.objectif.convivialite')).toContain('choix')
    expect(accepts('chiffre:structure.nom')).not.toContain('case')
    expect(accepts('question:conclusion_perspectives')).not.toContain('choix')
    expect(accepts('question:poursuite_identique')).toContain('texte')
  })
})
