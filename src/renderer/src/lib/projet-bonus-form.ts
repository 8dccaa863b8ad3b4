import type { ProjetBonus } from '../../../shared/exchange/schema'
import type { FormProblem } from '../composables/use-form-errors'
import { montantSaisi, parseEuros } from './euros'

/** An expense being edited: the amount as typed (« 12,50 »), the nature empty until chosen. */
export interface DepenseRow {
  nature: string
  libelle: string
  montant: string
}

export interface ProjetBonusModel {
  type: string
  intitule: string
  collectifIds: string[]
  touteAnnee: boolean
  depenses: DepenseRow[]
}

export const emptyProjetBonus = (type = ''): ProjetBonusModel => ({ type, intitule: '', collectifIds: [], touteAnnee: false, depenses: [] })

export function modelOf(p: ProjetBonus): ProjetBonusModel {
  return {
    type: p.type, intitule: p.intitule, collectifIds: [...p.collectifIds], touteAnnee: p.touteAnnee,
    depenses: p.depenses.map((d) => ({ nature: d.nature, libelle: d.libelle, montant: montantSaisi(d.montantEuros) })),
  }
}

/**
 * What `projetsBonus.save` receives. An amount that cannot be read is sent as typed, so that
 * the contract refuses it too; `problems` says it in words a person understands first.
 */
export function payloadOf(m: ProjetBonusModel, id?: string) {
  return {
    ...(id ? { id } : {}),
    type: m.type || undefined, intitule: m.intitule, collectifIds: m.collectifIds, touteAnnee: m.touteAnnee,
    depenses: m.depenses.map((d) => ({ nature: d.nature || undefined, libelle: d.libelle, montantEuros: parseEuros(d.montant) ?? d.montant })),
  }
}

export function problemsOf(m: ProjetBonusModel): FormProblem[] {
  const out: FormProblem[] = []
  if (!m.type) out.push({ path: 'type', message: 'Choisissez le bonus dont relève le projet' })
  // The line's number in each message: the summary at the top lists them away from their table.
  m.depenses.forEach((d, i) => {
    const n = `Dépense ${i + 1}`
    if (!d.nature) out.push({ path: `depenses[${i}].nature`, message: `${n} : choisissez sa nature` })
    if (!d.libelle.trim()) out.push({ path: `depenses[${i}].libelle`, message: `${n} : indiquez ce qui a été acheté ou payé` })
    if (!d.montant.trim()) out.push({ path: `depenses[${i}].montantEuros`, message: `${n} : indiquez le montant` })
    else if (parseEuros(d.montant) === null) out.push({ path: `depenses[${i}].montantEuros`, message: `${n} : « ${d.montant.trim()} » n’est pas un montant (par exemple 12,50)` })
  })
  return out
}
