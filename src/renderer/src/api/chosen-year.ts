/**
 * The school year the screens show when the user chose another than the current one (the year
 * switcher): every call carries it, and the main process serves a past year read-only from its
 * archive. Kept for the tab's life (a reload keeps the year being looked at).
 */
const KEY = 'clas.annee'

let chosen: string | null = globalThis.sessionStorage?.getItem(KEY) ?? null

export const chosenYear = (): string | null => chosen

export function setChosenYear(libelle: string | null): void {
  chosen = libelle
  if (libelle) globalThis.sessionStorage?.setItem(KEY, libelle)
  else globalThis.sessionStorage?.removeItem(KEY)
}
