import { createDispatcher, type Dispatch } from '../api/dispatch'
import { SessionStore } from '../access/sessions'
import { BackupSettingsStore } from '../backup/backup-settings'
import { startAutomaticBackups } from '../backup/schedule'
import { ChangeFeed } from '../changes/change-feed'
import { watchOtherWrites } from '../changes/other-writes'
import { DatabaseHost } from '../recovery/database-host'

export interface DatabaseServiceOptions {
  dbPath: string
  today?: () => string
  /** Where backups and settings live (CLAS_DATA_DIR, or Electron's userData). */
  backups?: BackupSettingsStore
  /** better-sqlite3 built for Electron (development only). */
  nativeBinding?: string
  /** Unexpected failures and failed automatic backups: never given personal data. */
  onError: (message: string, error?: unknown) => void
}

export interface DatabaseService {
  host: DatabaseHost
  dispatch: Dispatch
  /** Every successful write, and the writes of other programs on the file. */
  changes: ChangeFeed
  close(): void
}

/**
 * The server part of the app as both UI hosts run it (`clas serve`, and the desktop app's
 * utility process): the base held through recovery, one session store for the host's life
 * (sessions stay open when the base is reopened), the dispatcher, the changes pushed to the
 * windows, and the automatic backups.
 */
export function startDatabaseService(options: DatabaseServiceOptions): DatabaseService {
  const sessions = new SessionStore()
  const changes = new ChangeFeed()
  const host = new DatabaseHost(options.dbPath, {
    today: options.today,
    nativeBinding: options.nativeBinding,
    backups: options.backups ?? new BackupSettingsStore(),
    dispatcher: (workspace) => createDispatcher(workspace, { sessions, changes, onInternalError: (name, e) => options.onError(`[${name}]`, e) }),
  })
  const stopWatching = watchOtherWrites(() => host.workspace?.context().sqlite ?? null, changes)
  let stopBackups = () => {}
  host.onOpened((workspace) => {
    stopBackups()
    stopBackups = startAutomaticBackups(workspace, { onError: (message) => options.onError(message) })
  })
  return {
    host,
    dispatch: host.dispatch,
    changes,
    close() {
      stopWatching()
      stopBackups()
      host.close()
    },
  }
}
