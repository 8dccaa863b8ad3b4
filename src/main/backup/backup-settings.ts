import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defaultDataDir } from '../store/data-paths'
import { writeFileAtomic } from '../files/durable-files'
import type { BackupKey } from './encryption'

/**
 * Where automatic backups go and with which key, in `sauvegardes.json` of the user data folder.
 *
 * The passphrase itself is never stored. Automatic backups must be encrypted without asking for
 * it, so the scrypt-derived key and its salt are kept here, in a file only the user's account may
 * read (0600). That protects the copies that leave the laptop (a lost USB key), not the laptop:
 * whoever reads this file can read the database beside it anyway. Restoring always asks for the
 * passphrase, never uses this key.
 */
export interface BackupSettings {
  /** The folder chosen by the coordinator; null means `<user data>/sauvegardes`. */
  dossier: string | null
  key: BackupKey | null
}

interface StoredSettings {
  version: 1
  dossier: string | null
  chiffrement: { sel: string; log2N: number; r: number; p: number; cle: string } | null
  /** The id last seen in each base (by absolute path): its series, when the file cannot be read. */
  bases?: Record<string, string>
}

/** `CLAS_DATA_DIR` (tests, portable installs), else the app's user data folder. */
export function settingsDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAS_DATA_DIR ?? defaultDataDir(env)
}

export class BackupSettingsStore {
  readonly file: string

  constructor(readonly dataDir: string = settingsDataDir()) {
    this.file = join(dataDir, 'sauvegardes.json')
  }

  get defaultFolder(): string {
    return join(this.dataDir, 'sauvegardes')
  }

  load(): BackupSettings {
    if (!existsSync(this.file)) return { dossier: null, key: null }
    let stored: StoredSettings
    try {
      stored = JSON.parse(readFileSync(this.file, 'utf8')) as StoredSettings
    } catch {
      // Guessing here could write clear copies the coordinator believes encrypted: stop loudly.
      throw new Error(`Les réglages de sauvegarde « ${this.file} » sont illisibles : corrigez-les ou supprimez-les puis choisissez à nouveau le dossier et la phrase de passe.`)
    }
    const c = stored.chiffrement
    return {
      dossier: stored.dossier ?? null,
      key: c ? { salt: Buffer.from(c.sel, 'base64'), params: { log2N: c.log2N, r: c.r, p: c.p }, key: Buffer.from(c.cle, 'base64') } : null,
    }
  }

  private readStored(): StoredSettings | null {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as StoredSettings
    } catch {
      return null
    }
  }

  save(settings: BackupSettings): void {
    const k = settings.key
    this.write({
      version: 1,
      dossier: settings.dossier,
      chiffrement: k ? { sel: k.salt.toString('base64'), ...k.params, cle: k.key.toString('base64') } : null,
      bases: this.readStored()?.bases,
    })
  }

  /**
   * Remembers the id of the base at `dbPath`, read when it opened: if the file is later damaged or
   * emptied, the recovery screen still offers only its own series. Written only when it changes.
   */
  rememberBase(dbPath: string, baseId: string): void {
    const stored = this.readStored()
    const key = resolve(dbPath)
    if (stored?.bases?.[key] === baseId || (existsSync(this.file) && !stored)) return
    this.write({ version: 1, dossier: stored?.dossier ?? null, chiffrement: stored?.chiffrement ?? null, bases: { ...stored?.bases, [key]: baseId } })
  }

  /** The id last seen in the base at `dbPath`, or null. */
  knownBase(dbPath: string): string | null {
    return this.readStored()?.bases?.[resolve(dbPath)] ?? null
  }

  private write(stored: StoredSettings): void {
    mkdirSync(this.dataDir, { recursive: true })
    writeFileAtomic(this.file, JSON.stringify(stored, null, 2) + '\n', 0o600)
    chmodSync(this.file, 0o600)
  }

  /** The folder automatic backups go to now. */
  folder(): string {
    return this.load().dossier ?? this.defaultFolder
  }

  /** The same, or null when the settings cannot be read (the caller says so elsewhere). */
  folderIfReadable(): string | null {
    try {
      return this.folder()
    } catch {
      return null
    }
  }
}
