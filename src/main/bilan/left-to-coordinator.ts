import { enfantsManquants, totalEcarts } from '../../shared/bilan/mapping/group-checks'
import type { Mapping } from '../../shared/bilan/mapping/mapping-schema'
import type { Answers } from '../../shared/bilan/mapping/resolve-value'
import type { DocumentBilan } from '../../shared/contract/bilan'
import type { FillReport } from './docx/fill'

/** What is left to the coordinator once the form is filled: every place left empty, every value to check. */
export function leftToCoordinator(report: FillReport, mapping: Mapping, answers: Answers): Pick<DocumentBilan, 'enfantsManquants' | 'aCompleter' | 'aVerifier'> {
  return {
    enfantsManquants: enfantsManquants(mapping, answers),
    aCompleter: [
      ...report.manquants.map((m) => ({ cle: m.blank, libelle: m.label, raison: m.raison })),
      ...report.vides.map((m) => ({ cle: m.blank, libelle: m.label, raison: m.raison })),
      ...report.debordements.map((d) => ({ cle: null, libelle: d, raison: 'lignes en plus' })),
    ],
    aVerifier: [
      ...report.aVerifier.map((v) => ({ cle: v.blank, libelle: v.label, valeur: v.texte, raison: 'rapprochement peu sûr, non confirmé à l\'import' })),
      ...totalEcarts(mapping, answers).map((t) => ({ cle: t.blank, libelle: t.label, valeur: String(t.total), raison: t.raison })),
    ],
  }
}
