import type Database from 'better-sqlite3'
import { ApiError } from '../../shared/contract/errors'
import type { ServiceContext } from '../api/context'
import type { Erasure } from './erase'
import { rewriteArchives } from '../years/archive'

/**
 * Runs an erasure in its own transaction (the dispatcher leaves these calls outside its own),
 * then rebuilds the file and empties the WAL. `secure_delete` (on for the connection's life)
 * overwrites what this erasure removes, but older versions of the rows, left in free space
 * before, would stay readable: VACUUM rewrites the file with the live rows only, in memory
 * (no temporary file holding them), and checkpoint(TRUNCATE) empties the -wal that held the
 * old pages. The undo log is emptied too: it may hold rows naming the person.
 */
export function eraseDurably(ctx: ServiceContext, erase: (sqlite: Database.Database) => Erasure): Erasure {
  const { sqlite } = ctx
  // The past years' frozen copies hold the person too: erased in the same transaction, or the
  // right to erasure would not be kept (the live rows first: what is returned is their count).
  const result = sqlite.transaction(() => {
    const done = erase(sqlite)
    rewriteArchives(ctx.db, (archive) => void erase(archive))
    return done
  }).immediate()
  ctx.workspace.undo.clear()
  let emptied: boolean
  try {
    sqlite.pragma('temp_store = MEMORY')
    sqlite.exec('VACUUM')
    const [checkpoint] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
    emptied = checkpoint.busy === 0
  } catch {
    emptied = false
  }
  // Another program reading the file (a copy, a backup tool) can hold the old pages: the erasure
  // is done, but the person must hear that traces may remain, and how to remove them.
  if (!emptied) throw new ApiError({ code: 'conflict', message: "L'identité a été effacée, mais la base est occupée par un autre programme : d'anciennes copies peuvent rester dans le fichier jusqu'au prochain effacement. Fermez les autres programmes qui l'utilisent." })
  return result
}
