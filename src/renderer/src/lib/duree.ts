/**
 * A duration as a volunteer types it: minutes (« 90 ») or hours (« 1:30 », « 1h30 », « 1 h »,
 * « 1,5 h »). `undefined` when the field is empty, `null` when it cannot be read.
 */
export function lireDuree(saisie: string): number | null | undefined {
  const s = saisie.trim().toLowerCase().replace(/\s+/g, '')
  if (s === '') return undefined
  let m = /^(\d{1,4})(min|mn|m)?$/.exec(s)
  if (m) return Number(m[1])
  m = /^(\d{1,2})(?::|h)(\d{2})?(?:min|mn|m)?$/.exec(s)
  if (m) return m[2] !== undefined && Number(m[2]) >= 60 ? null : Number(m[1]) * 60 + Number(m[2] ?? 0)
  m = /^(\d{1,2})[,.](\d{1,2})h$/.exec(s)
  if (m) return Math.round(Number(`${m[1]}.${m[2]}`) * 60)
  return null
}

/** What the field shows for a saved duration: 90 → « 1:30 », 45 → « 45 ». */
export function saisieDuree(minutes: number | undefined): string {
  if (minutes === undefined) return ''
  if (minutes < 60) return String(minutes)
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
}
