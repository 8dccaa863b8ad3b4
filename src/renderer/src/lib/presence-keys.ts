import type { PresenceStatut } from '../../../shared/domain/lists'

/**
 * The key of a mark: P / A / E, or 1 / 2 / 3 (top row or keypad, whatever the layout:
 * on an AZERTY keyboard the top-row digits need Shift, so the physical key counts too).
 * `null` clears the mark (Suppr, Retour arrière, 0); `undefined`: not a mark key.
 */
export function statutForKey(event: KeyboardEvent): PresenceStatut | null | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined
  const key = event.key.toLowerCase()
  const code = event.code
  if (key === 'p' || key === '1' || code === 'Digit1' || code === 'Numpad1') return 'present'
  if (key === 'a' || key === '2' || code === 'Digit2' || code === 'Numpad2') return 'absent'
  if (key === 'e' || key === '3' || code === 'Digit3' || code === 'Numpad3') return 'excuse'
  if (key === 'delete' || key === 'backspace' || key === '0' || code === 'Digit0' || code === 'Numpad0') return null
  return undefined
}

export const STATUT_COURT: Record<PresenceStatut, string> = { present: 'P', absent: 'A', excuse: 'E' }
