/** A school year's libellé as the hosts carry it (`X-Clas-Annee`, the IPC message, `--year`). */
export const ANNEE_LIBELLE = /^(\d{4})-(\d{4})$/

export const isAnneeLibelle = (value: string): boolean => {
  const m = ANNEE_LIBELLE.exec(value)
  return m !== null && Number(m[2]) === Number(m[1]) + 1
}

/** The refusal of a write for a past year: nothing is written. */
export const pastYearRefusal = (libelle: string) => `L'année ${libelle} est passée : elle se consulte mais ne se modifie plus.`

/** The HTTP header by which the page names the year it shows. */
export const YEAR_HEADER = 'X-Clas-Annee'
