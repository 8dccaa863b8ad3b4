import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { defaultDataDir } from '../store/data-paths'
import { writeFileAtomic } from './durable-files'
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

  save(settings: BackupSettings): void {
    mkdirSync(this.dataDir, { recursive: true })
    const k = settings.key
    const stored: StoredSettings = {
      version: 1,
      dossier: settings.dossier,
      chiffrement: k ? { sel: k.salt.toString('base64'), ...k.params, cle: k.key.toString('base64') } : null,
    }
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
