import { z } from 'zod'

/** A CAF's form is a few hundred kB; 20 MB leaves room for logos and scans. */
export const MAX_FORM_BYTES = 20 * 1024 * 1024

/** Metropolitan departments 01…95 (no 20: Corsica is 2A and 2B since 1976), Corsica, overseas 971…976. */
export const DEPARTEMENT_PATTERN = /^(0[1-9]|1\d|[3-8]\d|9[0-5]|2A|2B|97[1-6])$/

/** What a person types for a department (« 1 », « 2a », « 01 ») written as the CAF writes it (« 01 », « 2A »). */
export function normalizeDepartement(raw: string): string {
  const s = raw.trim().toUpperCase()
  return /^\d$/.test(s) ? `0${s}` : s
}

/** Why a department is refused, or null when it is one. */
export function departementProblem(raw: string): string | null {
  const d = normalizeDepartement(raw)
  if (d === '') return 'le département est obligatoire'
  if (d === '20') return '« 20 » n’est plus un département : la Corse est 2A ou 2B'
  return DEPARTEMENT_PATTERN.test(d) ? null : `« ${raw.trim().slice(0, 20)} » n'est pas un département (01 à 95, 2A, 2B, 971 à 976)`
}

/** Why a school year (« 2025-2026 ») is refused, or null when it is one. */
export function anneeScolaireProblem(raw: string): string | null {
  const s = raw.trim()
  if (s === '') return "l'année scolaire est obligatoire"
  const m = /^(\d{4})-(\d{4})$/.exec(s)
  if (!m) return `« ${s.slice(0, 20)} » n'est pas une année scolaire (AAAA-AAAA, par exemple 2025-2026)`
  const [debut, fin] = [Number(m[1]), Number(m[2])]
  if (fin !== debut + 1) return `les deux années de « ${s} » doivent se suivre (par exemple ${debut}-${debut + 1})`
  if (debut < 2000 || debut > 2098) return `« ${s} » n'est pas une année scolaire plausible`
  return null
}

const text = (what: string) => z.string({ error: (iss) => (iss.input === undefined ? `${what} est obligatoire` : `${what} doit être un texte`) })

/** The department of an imported form, normalized (« 1 » → « 01 »). */
export const departementField = () =>
  text('le département').transform(normalizeDepartement).superRefine((d, ctx) => {
    const problem = departementProblem(d)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

/** The school year an imported form is for. */
export const anneeScolaireField = () =>
  text("l'année scolaire").trim().superRefine((a, ctx) => {
    const problem = anneeScolaireProblem(a)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

/** The id of a stored template, as `template.json` allows it. */
export const TEMPLATE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/
