/** What a form says about itself, and what the association's data is. */
export interface FormIdentity {
  id: string
  /** null: a national form, for every CAF. */
  departement: string | null
  anneeScolaire: string
  origine?: 'integre' | 'importe'
}
export interface DataIdentity {
  annee: string
  departement: string
}

/** « CAF 47 », or « formulaire national ». */
export const formOwner = (departement: string | null) => (departement === null ? 'formulaire national' : `CAF ${departement}`)

/**
 * The form to open when none is asked for: the association's CAF's form for its year (an
 * imported one first: the coordinator brought it); failing that the national one of the year,
 * saying so; failing both, the newest form, saying so too.
 */
export function defaultForm<T extends FormIdentity>(forms: T[], data: DataIdentity | null): { form: T | undefined; note: string | null } {
  if (!data) return { form: forms[0], note: null }
  const ofYear = forms.filter((f) => f.anneeScolaire === data.annee)
  const importedFirst = (xs: T[]) => xs.find((f) => f.origine === 'importe') ?? xs[0]
  const own = importedFirst(ofYear.filter((f) => f.departement === data.departement))
  if (own) return { form: own, note: null }
  const national = importedFirst(ofYear.filter((f) => f.departement === null))
  if (national) return { form: national, note: `Aucun formulaire de la CAF ${data.departement} pour ${data.annee} : le formulaire national est proposé. Importez celui de votre Caf s'il en a un.` }
  const newest = forms.find((f) => f.departement === null) ?? forms[0]
  if (!newest) return { form: undefined, note: null }
  return { form: newest, note: `Aucun formulaire pour ${data.annee} de la CAF ${data.departement} ni national : importez celui de votre Caf.` }
}

/**
 * The warning when a form was made for another school year or another CAF than the data it is
 * filled from: allowed, but said (« Ce formulaire est celui de 2021-2022 (CAF 47) ; vos données
 * sont de 2025-2026 »). null when it fits; a national form fits every CAF.
 */
export function formMismatch(form: FormIdentity, data: DataIdentity): string | null {
  const otherYear = form.anneeScolaire !== data.annee
  const otherCaf = form.departement !== null && form.departement !== data.departement
  if (!otherYear && !otherCaf) return null
  if (!otherYear) return `Ce formulaire est celui de la CAF ${form.departement} ; votre association relève de la CAF ${data.departement}.`
  return `Ce formulaire est celui de ${form.anneeScolaire} (${formOwner(form.departement)}) ; vos données sont de ${data.annee}${otherCaf ? ` (CAF ${data.departement})` : ''}.`
}
