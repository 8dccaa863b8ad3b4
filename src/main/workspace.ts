import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import type { ServiceContext } from './api/context'
import { BackupError } from './backup/backup-error'
import { backupToFolder, backupToFolderSync } from './backup/backup-folder'
import type { BackupReason } from './backup/backup-names'
import type { BackupSettingsStore } from './backup/backup-settings'
import { restoreDatabaseFile, type RestoreResult } from './backup/restore'
import { removeStaleTemporariesAtStart } from './backup/temporary-files'
import { DatabaseOpenError } from './store/database-error'
import { demoDbPath } from './store/data-paths'
import { openDatabase, type OpenedDatabase, type OpenOptions } from './store/open-database'
import { readBaseId } from './store/repos/identite'
import { UndoLog } from './undo/undo-log'
import { ResultCache } from './api/result-cache'
import type Database from 'better-sqlite3'
import { isIsoDate, todayIso } from '../shared/calendar/dates'

export interface WorkspaceOptions extends OpenOptions {
  /** Fixed "today" for tests and reproducible runs; without it, `CLAS_TODAY`, else the machine's calendar. */
  today?: () => string
  /** The school year the calls read instead of the current one (the CLI's `--year AAAA-AAAA`). */
  annee?: string
  /**
   * Where automatic backups go (before migrations and imports, at start, daily). Without it,
   * as in most tests, no automatic backup is taken.
   */
  backups?: BackupSettingsStore
  /**
   * An empty base in memory stands for `mainPath`, which need not exist: what lives beside the
   * file (the imported forms) is still found there. For the CLI's commands that work without a
   * base (`clas templates`, `clas templates import`), through the dispatcher all the same.
   */
  inMemory?: boolean
}

/**
 * The clock every decision by date reads (the renderer gets it through `app.status`):
 * `CLAS_TODAY=AAAA-MM-JJ` fixes it, so that tests and demonstrations do not depend on the day
 * they run. A value that is not a real date stops the start rather than run on a wrong day.
 */
export function clockFromEnv(value = process.env.CLAS_TODAY): (() => string) | null {
  if (value === undefined || value === '') return null
  if (!isIsoDate(value)) throw new Error(`CLAS_TODAY : « ${value} » n'est pas une date AAAA-MM-JJ réelle.`)
  return () => value
}

/**
 * The database the hosts work on: the user's own file, or the demonstration file beside it.
 * The demo never writes into the user's file, and the user's file is never deleted.
 */
export class Workspace {
  private opened: OpenedDatabase
  private mainBaseId: string | null = null
  private demo = false
  /** Recent deletions of the open file; emptied whenever another file (or a restored one) is opened. */
  readonly undo = new UndoLog()
  /** Read results kept until the next write (the dispatcher keeps and empties it). */
  readonly results = new ResultCache()
  /** Read once: the environment does not change the day under a running host. */
  private readonly today: () => string
  /** The day is set by the options or `CLAS_TODAY`, not read from the machine's calendar. */
  readonly clockFixed: boolean

  constructor(
    readonly mainPath: string,
    private readonly options: WorkspaceOptions = {},
  ) {
    if (mainPath !== ':memory:' && !options.inMemory) removeStaleTemporariesAtStart(mainPath, options.backups)
    const fixed = options.today ?? clockFromEnv()
    this.clockFixed = fixed !== null
    this.today = fixed ?? (() => todayIso())
    this.opened = this.openMain()
  }

  /** The user's file, backed up before migrations change it. */
  private openMain(): OpenedDatabase {
    const opened = this.openMainFile()
    this.mainBaseId = readBaseId(opened.sqlite)
    return opened
  }

  private openMainFile(): OpenedDatabase {
    return openDatabase(this.options.inMemory ? ':memory:' : this.mainPath, {
      ...this.options,
      beforeMigrate: (sqlite) => {
        try {
          this.backupConnectionSync(sqlite, 'migration')
        } catch (error) {
          const why = error instanceof BackupError ? error.message : (error as Error).message
          throw new DatabaseOpenError('backup_failed', `La sauvegarde avant la mise à jour de la base a échoué (${why}) : la base n'a pas été modifiée.`)
        }
      },
    })
  }

  private backupOptions() {
    const store = this.options.backups
    if (!store) return null
    const settings = store.load()
    return {
      folder: settings.dossier ?? store.defaultFolder,
      options: { key: settings.key ?? undefined, nativeBinding: this.options.nativeBinding, migrationsFolder: this.options.migrationsFolder },
    }
  }

  /** A file with no association yet holds nothing to lose: no backup of it. */
  private holdsData(sqlite: Database.Database): boolean {
    try {
      return sqlite.prepare('SELECT 1 FROM structure LIMIT 1').get() !== undefined
    } catch {
      return true
    }
  }

  private backupConnectionSync(sqlite: Database.Database, reason: BackupReason): string | null {
    const target = this.backupOptions()
    if (!target || !this.holdsData(sqlite)) return null
    const path = backupToFolderSync(sqlite, this.mainPath, target.folder, reason, target.options)
    this.rememberSeries(sqlite)
    return path
  }

  /** Once a backup exists, the settings remember which series is this file's (see rememberBase). */
  private rememberSeries(sqlite: Database.Database): void {
    const id = readBaseId(sqlite)
    if (!id) return
    try {
      this.options.backups?.rememberBase(this.mainPath, id)
    } catch {
      // Only a help for a later recovery: never a reason to fail a backup that was made.
    }
  }

  /** The id stored in the user's file (schema/identite.ts): its backups' series. */
  get baseId(): string | null {
    return this.mainBaseId
  }

  /**
   * Backs up the user's file now, synchronously (before an import): returns the backup's path,
   * or null when backups are not set up, the demo is open, or the file holds nothing yet.
   */
  backupSync(reason: BackupReason): string | null {
    if (this.demo) return null
    return this.backupConnectionSync(this.opened.sqlite, reason)
  }

  /** The same with the online backup API, which lets the app keep working meanwhile. */
  async backup(reason: BackupReason): Promise<string | null> {
    const target = this.backupOptions()
    if (this.demo || !target || !this.holdsData(this.opened.sqlite)) return null
    const sqlite = this.opened.sqlite
    const path = await backupToFolder(sqlite, this.mainPath, target.folder, reason, target.options)
    this.rememberSeries(sqlite)
    return path
  }

  /**
   * Replaces the user's file by a backup (the current file is backed up first), then works on
   * it. The passphrase is asked only if the backup is encrypted.
   */
  async restore(from: string, passphrase?: () => string | Promise<string>): Promise<RestoreResult> {
    if (this.demo) throw new BackupError('demo', 'Quittez la démonstration avant de restaurer une sauvegarde.')
    const target = this.backupOptions()
    const store = this.options.backups
    this.opened.sqlite.close()
    let result: RestoreResult | undefined
    let failure: unknown
    try {
      result = await restoreDatabaseFile(this.mainPath, from, {
        passphrase,
        safetyFolder: target?.folder ?? (store ? store.defaultFolder : dirname(this.mainPath)),
        key: target?.options.key,
        nativeBinding: this.options.nativeBinding,
        migrationsFolder: this.options.migrationsFolder,
      })
    } catch (error) {
      failure = error
    }
    this.undo.clear()
    try {
      this.opened = this.openMain()
    } catch (error) {
      throw failure ?? error
    }
    if (failure !== undefined || !result) throw failure
    return result
  }

  /** Where backups go and with which key; undefined when this workspace takes none (most tests). */
  get backupSettings(): BackupSettingsStore | undefined {
    return this.options.backups
  }

  get isDemo(): boolean {
    return this.demo
  }

  get path(): string {
    return this.opened.path
  }

  context(): ServiceContext {
    return {
      db: this.opened.db,
      sqlite: this.opened.sqlite,
      workspace: this,
      newId: randomUUID,
      today: this.today,
      ...(this.options.annee !== undefined ? { annee: this.options.annee } : {}),
    }
  }

  /** Replaces the demo file by a fresh one, fills it with `fill`, and works on it. */
  openDemo(fill: (ctx: ServiceContext) => void): void {
    const path = demoDbPath(this.mainPath)
    if (path === this.mainPath) throw new Error('demo path equals main path')
    this.opened.sqlite.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
    this.opened = openDatabase(path, this.options)
    this.undo.clear()
    this.demo = true
    const ctx = this.context()
    ctx.sqlite.transaction(() => fill(ctx))()
  }

  leaveDemo(): void {
    if (!this.demo) return
    this.opened.sqlite.close()
    this.opened = this.openMain()
    this.undo.clear()
    this.demo = false
  }

  close(): void {
    this.opened.sqlite.close()
  }
}
