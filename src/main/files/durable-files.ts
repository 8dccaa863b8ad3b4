import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** Flushes a file to the disk: a backup that sits in the OS cache is lost with the power. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Makes a rename durable; Windows cannot open a folder for this and needs nothing. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // not supported on this platform
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Moves a finished temporary file into place in one step: readers see the old file or the new. */
export function moveIntoPlace(tmp: string, dest: string): void {
  fsyncFile(tmp)
  renameSync(tmp, dest)
  fsyncDir(dirname(dest))
}

/** Writes a whole file atomically (temporary file in the same folder, then rename). */
export function writeFileAtomic(path: string, data: string | Buffer, mode?: number): void {
  const tmp = `${path}.${process.pid}.tmp`
  try {
    writeFileSync(tmp, data, mode === undefined ? {} : { mode })
    moveIntoPlace(tmp, path)
  } catch (error) {
    rmSync(tmp, { force: true })
    throw error
  }
}
