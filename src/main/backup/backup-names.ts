import { basename } from 'node:path'

/** Why a backup was taken; part of its file name so the coordinator can tell them apart. */
export const BACKUP_REASONS = ['demarrage', 'quotidienne', 'import', 'migration', 'restauration', 'manuelle'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

export const ENCRYPTED_SUFFIX = '.chiffre'

export interface BackupName {
  /** Base name of the database it copies (`clas` for `clas.sqlite`). */
  stem: string
  /** When it was taken, to the second, local time. */
  date: Date
  reason: BackupReason
  encrypted: boolean
  /**
   * The series: the first characters of the id stored in the base (schema/identite.ts). Absent
   * from backups taken before bases had one; those are told apart by `stem` only.
   */
  series?: string
}

/** 48 bits of the base's id: enough to tell apart the few bases that share a folder. */
export const seriesOf = (baseId: string) => baseId.slice(0, 12)

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `clas.sqlite` → `clas`: backups of different databases sharing a folder stay apart. */
export function databaseStem(dbPath: string): string {
  return basename(dbPath).replace(/\.(sqlite3?|db)$/i, '') || 'clas'
}

/**
 * `clas_2025-11-20_164503_import_0a1b2c3d4e5f.sqlite` (`.sqlite.chiffre` when encrypted): local
 * time, so the name reads as the coordinator's clock; `-2`, `-3`… when two backups fall in the
 * same second; then the series.
 */
export function backupFileName(name: BackupName, counter = 1): string {
  const d = name.date
  const stamp = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}_${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`
  const series = name.series ? `_${name.series}` : ''
  return `${name.stem}_${stamp}_${name.reason}${counter > 1 ? `-${counter}` : ''}${series}.sqlite${name.encrypted ? ENCRYPTED_SUFFIX : ''}`
}

const PATTERN = /^(.+)_(\d{4})-(\d{2})-(\d{2})_(\d{2})(\d{2})(\d{2})_([a-z]+)(?:-\d+)?(?:_([0-9a-f]{12}))?\.sqlite(\.chiffre)?$/

/** Reads back a name written by `backupFileName`; any other file gives null (and is left alone). */
export function parseBackupFileName(fileName: string): BackupName | null {
  const m = PATTERN.exec(fileName)
  if (!m || !(BACKUP_REASONS as readonly string[]).includes(m[8])) return null
  const [y, mo, d, h, mi, s] = m.slice(2, 8).map(Number)
  const date = new Date(y, mo - 1, d, h, mi, s)
  if (date.getMonth() !== mo - 1 || date.getDate() !== d) return null
  return { stem: m[1], date, reason: m[8] as BackupReason, encrypted: m[10] !== undefined, ...(m[9] ? { series: m[9] } : {}) }
}
