import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createDispatcher } from '../../src/main/api/dispatch'
import { BackupSettingsStore } from '../../src/main/backup/backup-settings'
import { Workspace, type WorkspaceOptions } from '../../src/main/workspace'
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace'

/** A test workspace whose automatic backups go to `<temp>/donnees/sauvegardes`. */
export function backedUpWorkspace(options: WorkspaceOptions = {}): TestWorkspace & { store: BackupSettingsStore } {
  const t = tempWorkspace()
  const store = new BackupSettingsStore(join(t.dir, 'donnees'))
  t.workspace.close()
  t.workspace = new Workspace(t.path, { today: () => '2025-11-20', backups: store, ...options })
  t.dispatch = createDispatcher(t.workspace, { checkOutput: true })
  return Object.assign(t, { store })
}

/** Reads a few facts straight from a database file (a backup), then closes it. */
export function readFile<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    return read(db)
  } finally {
    db.close()
  }
}

export const count = (db: Database.Database, table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n
