import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { BackupError } from '../../../backup/backup-error'
import { BackupSettingsStore } from '../../../backup/backup-settings'
import { restoreDatabaseFile } from '../../../backup/restore'
import { takeBackup } from '../../../backup/take-backup'
import { resolveDbPath } from '../../../store/data-paths'
import { askPassphrase } from '../ask-secret'
import { openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

async function orFail<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(error.message)
    throw error
  }
}

/**
 * `clas backup [--out FILE]`: a checked copy of the database, in the backup folder (with the
 * rotation) or in FILE; encrypted when a backup passphrase has been set.
 */
export async function backupCommand(flags: { db?: string; out?: string }, io: CliIO): Promise<number> {
  const store = new BackupSettingsStore()
  const { workspace } = openWorkspace(flags.db, { backups: store })
  try {
    const written = await orFail(async () => {
      if (!flags.out) return workspace.backup('manuelle')
      const out = resolve(flags.out)
      if (!existsSync(resolve(out, '..'))) throw new CliError(`Le dossier de « ${flags.out} » n'existe pas.`)
      return takeBackup(workspace.context().sqlite, out, { key: store.load().key ?? undefined })
    })
    if (!written) throw new CliError("La base ne contient pas encore d'association : rien à sauvegarder.")
    io.out(written)
    return 0
  } finally {
    workspace.close()
  }
}

/**
 * `clas restore --from FILE`: the database is replaced by the backup once it is checked; the
 * current file is backed up first. Works on a damaged database too (it is copied aside).
 */
export async function restoreCommand(flags: { db?: string; from?: string }, io: CliIO): Promise<number> {
  if (!flags.from) throw new CliError('Indiquez la sauvegarde à restaurer : clas restore --from FICHIER', 2)
  const dbPath = resolveDbPath(flags.db)
  const store = new BackupSettingsStore()
  const settings = store.load()
  const result = await orFail(() =>
    restoreDatabaseFile(dbPath, resolve(flags.from as string), {
      passphrase: () => askPassphrase('Phrase de passe de la sauvegarde : '),
      safetyFolder: settings.dossier ?? store.defaultFolder,
      key: settings.key ?? undefined,
    }),
  )
  // Opening brings an older backup up to date (migrations) and proves the result opens.
  const { workspace } = openWorkspace(flags.db, { backups: store })
  workspace.close()
  io.err(`Sauvegarde restaurée dans « ${dbPath} ».`)
  if (result.safetyCopy) io.err(`L'ancienne base a été gardée dans « ${result.safetyCopy} ».`)
  return 0
}
