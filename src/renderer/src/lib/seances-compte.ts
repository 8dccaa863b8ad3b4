import { pluriel } from './labels'

/**
 * A collectif's séances in words (« 27 tenues sur 51 prévues ») rather than « 27 / 51 », which
 * a volunteer read as a score. Both exclude cancelled séances; held = `isHeld` (on or before the
 * day, not cancelled).
 */
export function seancesTenuesSurPrevues(tenues: number, prevues: number): string {
  if (prevues === 0) return 'Aucune séance prévue'
  return `${pluriel(tenues, 'tenue')} sur ${pluriel(prevues, 'prévue')}`
}

/** The attendance of a séance in the list: none for a séance still to come (not « 0 »). */
export function presentsDeLaSeance(s: { date: string; nbPresents: number; nbMarques: number }, today: string): string {
  return s.date > today ? '—' : `${s.nbPresents} / ${s.nbMarques}`
}
