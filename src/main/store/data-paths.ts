import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * The user data folder, the same one Electron's `app.getPath('userData')` gives for this app
 * name, so that the CLI, the browser host and the desktop app share one database by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Clas')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Clas')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Clas')
}

/** `--db FILE`, else `CLAS_DB`, else `clas.sqlite` in the user data folder. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.CLAS_DB ?? join(defaultDataDir(env), 'clas.sqlite')
}

/** The demonstration database lives beside the user's own, never in it. */
export function demoDbPath(mainPath: string): string {
  return mainPath.replace(/(\.sqlite3?|\.db)?$/i, '.demo.sqlite')
}
