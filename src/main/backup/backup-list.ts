import type { z } from 'zod'
import type { sauvegardeSchema } from '../../shared/contract/sauvegardes'
import { listBackups } from './backup-folder'

const pad = (n: number) => String(n).padStart(2, '0')
const localIso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`

/** The backups of `dbPath` (of the series `baseId`) in `folder` as the screens show them, newest first. */
export function backupsForDisplay(folder: string, dbPath: string, baseId: string | null, limit = 60): z.infer<typeof sauvegardeSchema>[] {
  return listBackups(folder, dbPath, baseId).slice(0, limit).map((b) => ({
    fichier: b.fileName, date: localIso(b.date), raison: b.reason, chiffree: b.encrypted, octets: b.bytes,
  }))
}
