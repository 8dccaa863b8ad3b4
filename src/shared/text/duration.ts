/**
 * A séance's or a meeting's length as a person writes it: « 45 min », « 1 h 30 », « 2 h ».
 * The one formatter of the screens, the registers (.xlsx/PDF) and the bilan, so that a
 * 45-minute séance never reads « 45 min » on screen and « 0 h 45 » on paper. `space` is the
 * space between number and unit: a Word form passes a no-break space so « 1 h 30 » never breaks.
 */
export function formatDuree(minutes: number, space = ' '): string {
  const total = Math.round(minutes)
  const h = Math.floor(total / 60)
  const m = total % 60
  if (h === 0) return `${m}${space}min`
  return m === 0 ? `${h}${space}h` : `${h}${space}h${space}${String(m).padStart(2, '0')}`
}
