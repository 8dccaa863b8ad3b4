import { resolve } from 'node:path'
import { BackupError } from '../../../backup/backup-error'
import { BackupSettingsStore } from '../../../backup/backup-settings'
import { restoreDatabaseFile } from '../../../backup/restore'
import { askPassphrase } from '../ask-secret'
import { databasePath, openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

/*
 * The one command that reaches an engine (the backup's restore) rather than the dispatcher, on
 * purpose: it must work when the base is damaged, emptied or missing, and the dispatcher only
 * runs over a base that opened. `sauvegardes.restaurer` restores from the open app; this is the
 * way back when nothing opens any more. Exempted by name in eslint.config.js.
 */

/**
 * `clas restore --from FILE`: the database is replaced by the backup once it is checked; the
 * current file is backed up first. Works on a damaged database too (it is copied aside).
 */
export async function restoreCommand(flags: { db?: string; from?: string }, io: CliIO): Promise<number> {
  if (!flags.from) throw new CliError('Indiquez la sauvegarde à restaurer : clas restore --from FICHIER', 2)
  const dbPath = databasePath(flags.db)
  const store = new BackupSettingsStore()
  const settings = store.load()
  let result
  try {
    result = await restoreDatabaseFile(dbPath, resolve(flags.from), {
      passphrase: () => askPassphrase('Phrase de passe de la sauvegarde : '),
      safetyFolder: settings.dossier ?? store.defaultFolder,
      key: settings.key ?? undefined,
    })
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(error.message)
    throw error
  }
  // Opening brings an older backup up to date (migrations) and proves the result opens.
  const { workspace } = openWorkspace(flags.db, { backups: store })
  workspace.close()
  io.err(`Sauvegarde restaurée dans « ${dbPath} ».`)
  if (result.safetyCopy) io.err(`L'ancienne base a été gardée dans « ${result.safetyCopy} ».`)
  return 0
}
