import { isAbsolute, win32 } from 'node:path'

/**
 * Whether a folder probably sits on a removable drive (a USB key), from its path alone: the
 * mount points desktop systems give such drives. A guess errs towards « yes » on Windows for any
 * drive but the system's, since a lost key with clear backups of minors' data is the risk.
 */
export function looksRemovable(folder: string, platform: NodeJS.Platform = process.platform, systemDrive = process.env.SystemDrive ?? 'C:'): boolean {
  if (platform === 'win32') {
    const root = win32.parse(win32.resolve(folder)).root
    if (root.startsWith('\\\\')) return true // a network share leaves the laptop too
    return root.slice(0, 2).toUpperCase() !== systemDrive.slice(0, 2).toUpperCase()
  }
  if (!isAbsolute(folder)) return false
  if (platform === 'darwin') return folder.startsWith('/Volumes/')
  return /^\/(media|run\/media|mnt)\//.test(folder)
}
