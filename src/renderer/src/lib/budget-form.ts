import { formatCentimes } from '../../../shared/budget/format'
import { POSTE_LABELS, POSTES_CHARGES, POSTES_PRODUITS, type PosteBudget } from '../../../shared/budget/postes'
import type { Budget, BudgetLigne } from '../../../shared/budget/schema'
import type { FormProblem } from '../composables/use-form-errors'
import { parseEuros } from './euros'

/** One line of the screen: amounts as typed (« 1 234,50 »), the funder's name for another funder. */
export interface LigneSaisie {
  poste: PosteBudget
  libelle: string
  previsionnel: string
  realise: string
}

export interface BudgetModel {
  taux: string
  lignes: LigneSaisie[]
}

// « 10 000,00 »: grouped as the amounts around it, and read back by `parseEuros`.
const saisi = (centimes: number | undefined) => (centimes === undefined ? '' : formatCentimes(centimes).replace(/\s*€$/, ''))

/** « 1 234,50 » → 123450; '' → undefined; null when it is not an amount. */
export function centimesOf(text: string): number | undefined | null {
  if (text.trim() === '') return undefined
  const euros = parseEuros(text)
  return euros === null ? null : Math.round(euros * 100)
}

/**
 * Every standard poste in the order of a compte rendu financier, the named funders after the
 * État: the screen always shows the whole table, whatever was entered.
 */
export function modelOf(budget: Budget): BudgetModel {
  const find = (poste: PosteBudget) => budget.lignes.find((l) => l.poste === poste)
  const row = (poste: PosteBudget, l: BudgetLigne | undefined): LigneSaisie => ({
    poste, libelle: l?.libelle ?? '', previsionnel: saisi(l?.previsionnelCentimes), realise: saisi(l?.realiseCentimes),
  })
  return {
    taux: saisi(budget.tauxHoraireBenevolatCentimes),
    lignes: [
      ...POSTES_CHARGES.map((p) => row(p, find(p))),
      ...POSTES_PRODUITS.flatMap((p) => (p === 'autre_financeur' ? budget.lignes.filter((l) => l.poste === p).map((l) => row(p, l)) : [row(p, find(p))])),
    ],
  }
}

/** A new named funder goes right after the last one (or after the État). */
export function addFinanceur(model: BudgetModel): number {
  const last = model.lignes.map((l) => l.poste).lastIndexOf('autre_financeur')
  const at = last >= 0 ? last + 1 : model.lignes.findIndex((l) => l.poste === 'etat_politique_ville') + 1
  model.lignes.splice(at, 0, { poste: 'autre_financeur', libelle: '', previsionnel: '', realise: '' })
  return at
}

const amount = (text: string) => {
  const c = centimesOf(text)
  return c === null ? Number.NaN : c
}

/**
 * What the contract checks, one line per row so that its error paths name the row on screen
 * (`lignes[3].realiseCentimes`); unreadable amounts become NaN for the schema to refuse, and
 * `problemsOf` says why in words.
 */
export function payloadOf(model: BudgetModel): Budget {
  const taux = amount(model.taux)
  return {
    ...(model.taux.trim() === '' ? {} : { tauxHoraireBenevolatCentimes: taux }),
    lignes: model.lignes.map((l) => {
      const prev = amount(l.previsionnel)
      const real = amount(l.realise)
      return {
        poste: l.poste,
        ...(l.libelle.trim() ? { libelle: l.libelle.trim() } : {}),
        ...(l.previsionnel.trim() === '' ? {} : { previsionnelCentimes: prev }),
        ...(l.realise.trim() === '' ? {} : { realiseCentimes: real }),
      }
    }),
  }
}

/** What is sent: the rows where something was typed (an empty table row is not a budget line). */
export const withoutEmptyLines = (budget: Budget): Budget => ({
  ...budget,
  lignes: budget.lignes.filter((l) => l.poste === 'autre_financeur' || l.previsionnelCentimes !== undefined || l.realiseCentimes !== undefined || l.libelle),
})

const nomDe = (l: LigneSaisie) => (l.poste === 'autre_financeur' ? l.libelle.trim() || 'autre financeur' : POSTE_LABELS[l.poste])

/** Amounts that are not euros and cents, each named by its line and column. */
export function problemsOf(model: BudgetModel): FormProblem[] {
  const bad = (text: string) => centimesOf(text) === null
  const message = (what: string, text: string) => `${what} : « ${text.trim()} » n'est pas un montant en euros (par exemple 1 234,50)`
  const problems: FormProblem[] = []
  if (bad(model.taux)) problems.push({ path: 'tauxHoraireBenevolatCentimes', message: message('Taux horaire du bénévolat', model.taux) })
  model.lignes.forEach((l, i) => {
    if (bad(l.previsionnel)) problems.push({ path: `lignes[${i}].previsionnelCentimes`, message: message(`${nomDe(l)}, prévisionnel`, l.previsionnel) })
    if (bad(l.realise)) problems.push({ path: `lignes[${i}].realiseCentimes`, message: message(`${nomDe(l)}, réalisé`, l.realise) })
  })
  return problems
}

/** The budget as typed so far, for the totals shown while typing: unreadable amounts count as nothing. */
export function liveBudget(model: BudgetModel): Budget {
  const ok = (text: string) => centimesOf(text) ?? undefined
  return {
    ...(ok(model.taux) === undefined ? {} : { tauxHoraireBenevolatCentimes: ok(model.taux) }),
    lignes: model.lignes.map((l) => ({
      poste: l.poste,
      ...(l.libelle.trim() ? { libelle: l.libelle.trim() } : {}),
      ...(ok(l.previsionnel) === undefined ? {} : { previsionnelCentimes: ok(l.previsionnel) }),
      ...(ok(l.realise) === undefined ? {} : { realiseCentimes: ok(l.realise) }),
    })),
  }
}
