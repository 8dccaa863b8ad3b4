import { z } from 'zod'

/** Zod field builders whose failures read as French sentences about the value. */

/** The value as the message quotes it: short, and never a crash (an object without toString). */
export function show(input: unknown): string {
  if (typeof input === 'string') return `« ${input.length > 40 ? input.slice(0, 40) + '…' : input} »`
  if (Array.isArray(input)) return 'une liste'
  if (typeof input === 'object' && input !== null) return 'un objet'
  return `« ${String(input)} »`
}

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const missing = (what: string) => (iss: { input: unknown }) =>
  iss.input === undefined || iss.input === null ? `${what} est obligatoire` : undefined

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDate = () =>
  z
    .string({ error: (iss) => missing('la date')(iss) ?? `${show(iss.input)} n'est pas une date (AAAA-MM-JJ attendu)` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (iss) => `${show(iss.input)} n'est pas une date (AAAA-MM-JJ attendu)` })
    .refine(isRealDate, { error: (iss) => `${show(iss.input)} n'est pas une date du calendrier` })

/** A local time `HH:MM`, 24 h. */
export const heure = () =>
  z
    .string({ error: (iss) => missing("l'heure")(iss) ?? `${show(iss.input)} n'est pas une heure (HH:MM attendu)` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: (iss) => `${show(iss.input)} n'est pas une heure (HH:MM attendu)` })

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
