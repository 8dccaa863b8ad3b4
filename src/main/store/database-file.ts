import { statSync } from 'node:fs'

const size = (path: string): number | null => {
  try {
    return statSync(path).size
  } catch {
    return null
  }
}

/**
 * Whether `path` holds no database at all: missing, or an empty file (0 bytes, no `-wal` to
 * replay). SQLite takes an empty file as a new, empty base and writes one into it: when the
 * coordinator's file was emptied (a failed copy, a sync tool, a full disk), that would hide what
 * happened and make the file look like a fresh start.
 */
export function holdsNoDatabase(path: string): boolean {
  const bytes = size(path)
  return bytes === null || (bytes === 0 && !size(`${path}-wal`))
}
