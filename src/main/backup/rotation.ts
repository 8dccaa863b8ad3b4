/** How many backups to keep per period; the newest of each period is the one kept. */
export interface RotationPolicy {
  daily: number
  weekly: number
  monthly: number
  /**
   * Every backup younger than this is kept: the copy taken before an import or a restore must
   * survive the next daily backup of the same day, or the mistake it protects from is lost.
   */
  keepAllWithinHours: number
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12, keepAllWithinHours: 24 }

const pad = (n: number) => String(n).padStart(2, '0')
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`
/** The Monday that starts the (local) week: weeks straddling two years or months stay whole. */
const weekKey = (d: Date) => dayKey(new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7)))

/**
 * The backups to delete under `policy`, as restic's `forget --keep-daily 7 --keep-weekly 4
 * --keep-monthly 12`: for the last N days (weeks, months) that have backups, the newest backup of
 * each is kept. A backup dated in the future (clock changed) is kept rather than guessed about.
 */
export function backupsToDelete<T extends { date: Date }>(backups: readonly T[], now: Date, policy: RotationPolicy = DEFAULT_ROTATION): T[] {
  const newestFirst = [...backups].sort((a, b) => b.date.getTime() - a.date.getTime())
  // Future-dated backups are kept and take no period: they would otherwise push real ones out.
  const keep = new Set<T>(newestFirst.filter((b) => b.date.getTime() > now.getTime()))
  const periods: [(d: Date) => string, number][] = [[dayKey, policy.daily], [weekKey, policy.weekly], [monthKey, policy.monthly]]
  for (const [key, count] of periods) {
    const seen = new Set<string>()
    for (const b of newestFirst) {
      if (b.date.getTime() > now.getTime()) continue
      const k = key(b.date)
      if (seen.has(k)) continue
      if (seen.size >= count) break
      seen.add(k)
      keep.add(b)
    }
  }
  const recent = now.getTime() - policy.keepAllWithinHours * 3_600_000
  for (const b of newestFirst) if (b.date.getTime() >= recent) keep.add(b)
  return newestFirst.filter((b) => !keep.has(b))
}
