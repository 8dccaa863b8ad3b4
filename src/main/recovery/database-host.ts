import { existsSync } from 'node:fs'
import type { EtatRecuperation } from '../../shared/contract/recuperation'
import { ApiError } from '../../shared/contract/errors'
import { isCallName } from '../../shared/contract'
import { parseInput, type Dispatch } from '../api/dispatch'
import { BackupError } from '../backup/backup-error'
import { listBackups } from '../backup/backup-folder'
import { backupsForDisplay } from '../backup/backup-list'
import type { BackupSettingsStore } from '../backup/backup-settings'
import { restoreDatabaseFile } from '../backup/restore'
import { removeStaleTemporariesAtStart } from '../backup/temporary-files'
import { UI_HOST_BUSY_TIMEOUT_MS } from '../store/busy'
import { DatabaseOpenError } from '../store/database-error'
import { holdsNoDatabase } from '../store/database-file'
import { Workspace, type WorkspaceOptions } from '../workspace'

type Probleme = NonNullable<EtatRecuperation['probleme']>

const RAISON: Record<DatabaseOpenError['reason'], Probleme['raison']> = {
  corrupt: 'endommagee', locked: 'verrouillee', newer_version: 'plus_recente', drifted: 'incoherente', unreadable: 'illisible', backup_failed: 'sauvegarde_impossible', readonly: 'lecture_seule',
}

export interface DatabaseHostOptions extends WorkspaceOptions {
  backups: BackupSettingsStore
  /** The normal dispatcher over an opened workspace. */
  dispatcher: (workspace: Workspace) => Dispatch
}

/**
 * The database as the desktop and browser hosts hold it: opened at start if it can be, otherwise
 * a clear reason and the means to recover (restore a backup, try again, or start an empty base
 * when the file is gone). The file that would not open is never overwritten or deleted: a
 * restore keeps it aside first. Until the base is open, every other call answers `unavailable`
 * with the reason, so the renderer shows the recovery screen instead of the app.
 */
export class DatabaseHost {
  private current: { workspace: Workspace; dispatch: Dispatch } | null = null
  private problem: Probleme | null = null
  private readonly listeners = new Set<(workspace: Workspace) => void>()

  constructor(
    readonly dbPath: string,
    private readonly options: DatabaseHostOptions,
  ) {
    // Before anything: a base that does not open still gets its stray plain copies removed.
    removeStaleTemporariesAtStart(dbPath, options.backups)
    this.tryOpen({ allowCreate: false })
  }

  get workspace(): Workspace | null {
    return this.current?.workspace ?? null
  }

  get startProblem(): Probleme | null {
    return this.problem
  }

  /** Called once the base is open (at start or after a recovery): backups schedule, etc. */
  onOpened(listener: (workspace: Workspace) => void): void {
    this.listeners.add(listener)
    if (this.current) listener(this.current.workspace)
  }

  readonly dispatch: Dispatch = (name, raw, caller) => {
    if (this.current) return this.current.dispatch(name, raw, caller)
    if (!isCallName(name)) throw new ApiError({ code: 'unknown_call', message: `Appel inconnu : « ${name.slice(0, 60)} ».` })
    switch (name) {
      case 'recuperation.etat':
        parseInput(name, raw)
        return this.etat()
      case 'recuperation.restaurer':
        return this.restore(parseInput('recuperation.restaurer', raw))
      case 'recuperation.reessayer':
        parseInput(name, raw)
        return { ouverte: this.tryOpen({ allowCreate: false }) }
      case 'recuperation.nouvelleBase':
        parseInput(name, raw)
        if (this.problem?.raison !== 'absente') throw new ApiError({ code: 'conflict', message: "La base existe : elle ne sera pas remplacée par une base vide. Restaurez une sauvegarde ou réessayez." })
        return { ouverte: this.tryOpen({ allowCreate: true }) }
      default:
        throw new ApiError({ code: 'unavailable', message: this.problem?.message ?? "La base n'est pas ouverte." })
    }
  }

  close(): void {
    this.current?.workspace.close()
    this.current = null
  }

  private folder(): string {
    return this.options.backups.folder()
  }

  /** The series of this base: read from it when open, else the one last seen in it. */
  private baseId(): string | null {
    return this.current?.workspace.baseId ?? this.options.backups.knownBase(this.dbPath)
  }

  private etat(): EtatRecuperation {
    return { probleme: this.problem, base: this.dbPath, dossier: this.folder(), sauvegardes: backupsForDisplay(this.folder(), this.dbPath, this.baseId()) }
  }

  /**
   * Opens the base; false (with `problem` set) when it cannot. A missing file with backups
   * beside it is a problem too: silently starting an empty base would look like a year lost.
   */
  private tryOpen({ allowCreate }: { allowCreate: boolean }): boolean {
    if (!allowCreate && holdsNoDatabase(this.dbPath) && listBackups(this.folder(), this.dbPath, this.baseId()).length > 0) {
      const what = existsSync(this.dbPath) ? 'est vide (0 octet) : son contenu a été perdu' : 'est introuvable'
      this.problem = {
        raison: 'absente',
        message: `La base « ${this.dbPath} » ${what}, mais des sauvegardes existent dans « ${this.folder()} ». Restaurez la plus récente, ou commencez une base vide si c'est voulu.`,
      }
      return false
    }
    try {
      const workspace = new Workspace(this.dbPath, { busyTimeoutMs: UI_HOST_BUSY_TIMEOUT_MS, ...this.options })
      this.current = { workspace, dispatch: this.options.dispatcher(workspace) }
      this.problem = null
    } catch (error) {
      if (!(error instanceof DatabaseOpenError)) throw error
      this.problem = { raison: RAISON[error.reason], message: error.message }
      return false
    }
    for (const listener of this.listeners) listener(this.current.workspace)
    return true
  }

  private async restore({ fichier, phrase }: { fichier: string; phrase?: string }): Promise<{ copieDeSecurite: string | null }> {
    if (this.problem?.raison === 'verrouillee') {
      throw new ApiError({ code: 'conflict', message: "La base n'est pas abîmée : elle est ouverte dans une autre fenêtre de Clas. Fermez cette fenêtre puis cliquez sur « Réessayer »." })
    }
    const entry = listBackups(this.folder(), this.dbPath, this.baseId()).find((b) => b.fileName === fichier)
    if (!entry) throw new ApiError({ code: 'validation', field: 'fichier', message: `fichier : « ${fichier} » n'est pas une sauvegarde de cette base dans « ${this.folder()} ».` })
    const settings = this.options.backups.load()
    let result
    try {
      result = await restoreDatabaseFile(this.dbPath, entry.path, {
        passphrase: () => {
          if (!phrase) throw new BackupError('passphrase_required', 'Cette sauvegarde est chiffrée : saisissez sa phrase de passe.')
          return phrase
        },
        safetyFolder: this.folder(),
        key: settings.key ?? undefined,
        nativeBinding: this.options.nativeBinding,
        migrationsFolder: this.options.migrationsFolder,
      })
    } catch (error) {
      if (!(error instanceof BackupError)) throw error
      const onPhrase = error.reason === 'wrong_passphrase' || error.reason === 'passphrase_required'
      throw new ApiError({ code: onPhrase ? 'validation' : 'conflict', message: error.message, ...(onPhrase ? { field: 'phrase' } : {}) })
    }
    if (!this.tryOpen({ allowCreate: false })) throw new ApiError({ code: 'conflict', message: `La sauvegarde a été mise en place mais la base ne s'ouvre toujours pas : ${this.problem?.message}` })
    return { copieDeSecurite: result.safetyCopy }
  }
}
