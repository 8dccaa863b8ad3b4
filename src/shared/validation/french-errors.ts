import type { z } from 'zod'

/** One validation problem, located by a JSON path such as `enfants[3].niveau`. */
export interface FieldProblem {
  path: string
  message: string
}

/** `['enfants', 3, 'niveau']` → `enfants[3].niveau`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

/**
 * French fallback for the issues our field builders do not word themselves
 * (unknown shapes, wrong types of whole objects…), passed per parse so that it
 * never depends on a global configuration having been loaded.
 */
export const frenchErrorMap = (iss: z.core.$ZodRawIssue): string | undefined => {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return 'ce champ est obligatoire'
      if (iss.expected === 'object') return 'un objet est attendu'
      if (iss.expected === 'array') return 'une liste est attendue'
      if (iss.expected === 'string') return 'un texte est attendu'
      if (iss.expected === 'number') return 'un nombre est attendu'
      if (iss.expected === 'boolean') return 'vrai ou faux est attendu'
      return 'valeur d’un type inattendu'
    case 'too_small':
      return iss.origin === 'array' ? `au moins ${String(iss.minimum)} élément(s) attendu(s)` : `valeur trop petite (minimum ${String(iss.minimum)})`
    case 'too_big':
      return iss.origin === 'array' ? `au plus ${String(iss.maximum)} élément(s)` : `valeur trop grande (maximum ${String(iss.maximum)})`
    case 'invalid_value':
      return `valeur non reconnue (valeurs possibles : ${iss.values.map(String).join(', ')})`
    case 'invalid_union':
      return 'valeur non reconnue'
    case 'unrecognized_keys':
      return `champ(s) inconnu(s) : ${iss.keys.join(', ')}`
    default:
      return 'valeur invalide'
  }
}

/** Every problem of a failed parse, each as `path : message`. */
export function listProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
}

/** `enfants[3].niveau : « CM3 » n'est pas un niveau scolaire` */
export function problemLine(p: FieldProblem): string {
  return p.path ? `${p.path} : ${p.message}` : p.message
}
