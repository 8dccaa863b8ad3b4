/**
 * What a secret must be, shared by the contract and the forms. The CNIL's recommendation
 * (reference/reliability.md): about 80 bits of entropy, or 8 characters of 3 kinds when failed
 * attempts lock the account, which they do here; a PIN only together with that lock-out.
 */
export const ROLES = ['coordinateur', 'benevole'] as const
export type Role = (typeof ROLES)[number]
export const TYPES_SECRET = ['mot_de_passe', 'pin'] as const
export type TypeSecret = (typeof TYPES_SECRET)[number]

export const MOT_DE_PASSE_MIN = 8
export const PIN_MIN = 6
export const PIN_MAX = 12
export const SECRET_MAX = 200

/** Lower case, upper case, digits, anything else: how many of these kinds `secret` uses. */
export function kindsOf(secret: string): number {
  return [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((kind) => kind.test(secret)).length
}

/** `'000000'`, `'123456'`, `'987654'`: the first PINs anyone tries. */
function obviousPin(pin: string): boolean {
  const digits = [...pin].map(Number)
  const steps = new Set(digits.slice(1).map((d, i) => d - digits[i]))
  return steps.size === 1 && [...steps].every((s) => Math.abs(s) <= 1)
}

/** Why `secret` is not acceptable for `type`, in French; null when it is. */
export function secretProblem(type: TypeSecret, secret: string): string | null {
  if (secret.length > SECRET_MAX) return `le secret est trop long (${SECRET_MAX} caractères au plus)`
  if (type === 'pin') {
    if (!/^\d+$/.test(secret)) return 'un code PIN ne contient que des chiffres'
    if (secret.length < PIN_MIN || secret.length > PIN_MAX) return `un code PIN compte de ${PIN_MIN} à ${PIN_MAX} chiffres`
    if (obviousPin(secret)) return 'ce code PIN est trop facile à deviner (chiffres identiques ou qui se suivent)'
    return null
  }
  if ([...secret].length < MOT_DE_PASSE_MIN || kindsOf(secret) < 3) {
    return `le mot de passe doit compter au moins ${MOT_DE_PASSE_MIN} caractères de trois sortes parmi : minuscules, majuscules, chiffres, autres signes`
  }
  return null
}
