import { z } from 'zod'

/** Zod field builders whose failures read as French sentences about the value. */

/** The value as the message quotes it: short, and never a crash (an object without toString). */
export function show(input: unknown): string {
  if (typeof input === 'string') return `« ${input.length > 40 ? input.slice(0, 40) + '…' : input} »`
  if (Array.isArray(input)) return 'une liste'
  if (typeof input === 'object' && input !== null) return 'un objet'
  return `« ${String(input)} »`
}

const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']

/**
 * What is wrong with a date, in the words of the person who typed it (JJ/MM/AAAA, « le 31 février
 * n'existe pas »), never the exchange format's AAAA-MM-JJ nor an empty value quoted; null when fine.
 */
export function dateProblem(input: unknown): string | null {
  if (typeof input !== 'string') return `${show(input)} n'est pas une date`
  if (input.trim() === '') return "la date est vide ou incomplète : indiquez le jour, le mois et l'année (JJ/MM/AAAA)"
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input)
  if (!iso) return `${show(input)} n'est pas une date reconnue`
  const [y, m, d] = iso.slice(1).map(Number)
  if (m < 1 || m > 12) return `le mois ${m} n'existe pas (JJ/MM/AAAA)`
  const date = new Date(Date.UTC(y, m - 1, d))
  if (d < 1 || date.getUTCMonth() !== m - 1) return `le ${d} ${MOIS[m - 1]} ${y} n'existe pas`
  if (y < 1000) return `l'année ${y} n'est pas une année sur quatre chiffres (JJ/MM/AAAA)`
  return null
}

const missing = (what: string) => (iss: { input: unknown }) =>
  iss.input === undefined || iss.input === null ? `${what} est obligatoire` : undefined

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDate = () =>
  z
    .string({ error: (iss) => missing('la date')(iss) ?? dateProblem(iss.input) ?? '' })
    .refine((s) => dateProblem(s) === null, { error: (iss) => dateProblem(iss.input) ?? '' })

/** A local time `HH:MM`, 24 h. */
export const heure = () =>
  z
    .string({ error: (iss) => missing("l'heure")(iss) ?? `${show(iss.input)} n'est pas une heure (HH:MM attendu)` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
      error: (iss) => (iss.input === '' ? "l'heure est vide ou incomplète (HH:MM)" : `${show(iss.input)} n'est pas une heure (HH:MM attendu)`),
    })

/** A stable identifier (UUID recommended, any short string accepted). */
export const id = () =>
  z
    .string({ error: (iss) => missing("l'identifiant")(iss) ?? "l'identifiant doit être un texte" })
    .min(1, { error: "l'identifiant ne peut pas être vide" })
    .max(100, { error: "l'identifiant est trop long (100 caractères au plus)" })

/** A required piece of text, trimmed, not empty. */
export const texte = (label: string, max = 200) =>
  z
    .string({ error: (iss) => missing(label)(iss) ?? `${label} doit être un texte` })
    .trim()
    .min(1, { error: `${label} ne peut pas être vide` })
    .max(max, { error: `${label} est trop long (${max} caractères au plus)` })

/** Optional free text: absent, or a string of bounded length. */
export const texteLibre = (label: string, max = 5000) =>
  z
    .string({ error: `${label} doit être un texte` })
    .max(max, { error: `${label} est trop long (${max} caractères au plus)` })

/** A whole number within bounds. */
export const entier = (label: string, min: number, max: number) =>
  z
    .number({ error: (iss) => missing(label)(iss) ?? `${show(iss.input)} n'est pas un nombre` })
    .int({ error: `${label} doit être un nombre entier` })
    .min(min, { error: `${label} doit valoir au moins ${min}` })
    .max(max, { error: `${label} doit valoir au plus ${max}` })

/** One value of a closed list, with a French sentence naming what it is not. */
export function valeurParmi<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (iss) => missing(what.replace(/^une? /, 'le ').replace(/^le (?=[aeiouéh])/i, "l'"))(iss)
      ?? `${show(iss.input)} n'est pas ${what}`,
  })
}

export const booleen = (label: string) => z.boolean({ error: `${label} doit valoir vrai ou faux` })

/** An array of ids without duplicates. */
export const ids = (label: string) =>
  z.array(id(), { error: `${label} doit être une liste` }).refine((a) => new Set(a).size === a.length, {
    error: `${label} contient deux fois le même élément`,
  })
