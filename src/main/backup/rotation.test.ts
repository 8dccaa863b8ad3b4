import { describe, expect, it } from 'vitest'
import { backupsToDelete } from './rotation'

const at = (iso: string) => ({ date: new Date(`${iso}:00`), label: iso })
const day = (iso: string) => iso.slice(0, 10)

function everyDay(from: string, to: string, time = '12:00') {
  const out = []
  for (let d = new Date(`${from}T00:00:00`); d <= new Date(`${to}T00:00:00`); d.setDate(d.getDate() + 1)) {
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    out.push(at(`${iso}T${time}`))
  }
  return out
}

describe('rotation: 7 daily, 4 weekly, 12 monthly', () => {
  it('keeps the last 7 days, the newest of the last 4 weeks and of the last 12 months', () => {
    const backups = everyDay('2025-01-01', '2025-11-20')
    const gone = new Set(backupsToDelete(backups, new Date('2025-11-20T13:00:00')).map((b) => day(b.label)))
    const kept = backups.map((b) => day(b.label)).filter((d) => !gone.has(d))
    expect(kept.sort()).toEqual([
      // the newest of each month (November's is the 20th)
      '2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31', '2025-08-31', '2025-09-30', '2025-10-31',
      // the newest of the weeks starting 27 Oct, 3 Nov, 10 Nov (Sundays); 17 Nov's is the 20th
      '2025-11-02', '2025-11-09',
      // the last 7 days, 16 Nov being also its week's newest
      '2025-11-14', '2025-11-15', '2025-11-16', '2025-11-17', '2025-11-18', '2025-11-19', '2025-11-20',
    ])
  })

  it('counts months and weeks that have backups, not calendar ones: a long pause loses nothing', () => {
    const backups = [at('2023-03-10T10:00'), at('2024-06-01T10:00'), at('2025-11-20T10:00')]
    expect(backupsToDelete(backups, new Date('2025-11-20T11:00:00'))).toEqual([])
  })

  it('keeps only the newest of an older day, but every backup of the last 24 hours', () => {
    const backups = [
      at('2025-11-18T09:00'), at('2025-11-18T14:30'), at('2025-11-18T18:00'),
      at('2025-11-20T08:00'), at('2025-11-20T10:15'), at('2025-11-20T16:00'),
    ]
    const gone = backupsToDelete(backups, new Date('2025-11-20T16:05:00')).map((b) => b.label)
    // the copy taken before this morning's import is still there after the afternoon's backup
    expect(gone.sort()).toEqual(['2025-11-18T09:00', '2025-11-18T14:30'])
  })

  it('keeps a backup dated in the future rather than trusting a changed clock', () => {
    const backups = [...everyDay('2025-09-01', '2025-09-30'), at('2030-01-01T00:00')]
    const gone = backupsToDelete(backups, new Date('2025-09-30T13:00:00')).map((b) => b.label)
    expect(gone).not.toContain('2030-01-01T00:00')
    // and it does not take the place of one of the real last 7 days
    expect(gone).toContain('2025-09-23T12:00')
    expect(gone).not.toContain('2025-09-24T12:00')
  })
})
