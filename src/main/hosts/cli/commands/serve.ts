import { startAutomaticBackups } from '../../../backup/schedule'
import { ensureRendererBuilt } from '../../http/ensure-renderer'
import { findRendererDir, findSourceRoot } from '../../http/locate-renderer'
import { startHttpServer } from '../../http/server'
import { openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'
import { openBrowser } from '../open-browser'

const DEFAULT_PORT = 4780

/** `clas serve [--port N]`: the app in a browser, on 127.0.0.1 only, until interrupted. */
export async function serveCommand(flags: { db?: string; port?: string; open?: boolean }, io: CliIO): Promise<number> {
  const port = flags.port === undefined ? DEFAULT_PORT : Number(flags.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port : « ${flags.port} » n'est pas un numéro de port (0 à 65535).`, 2)
  const root = findSourceRoot()
  if (root) ensureRendererBuilt(root, io.err)
  const rendererDir = findRendererDir()
  if (!rendererDir) throw new CliError("L'interface n'est pas construite : lancez « npm run build ».")
  const { workspace, dispatch, path } = openWorkspace(flags.db)
  let server
  try {
    server = await startHttpServer({ dispatch, rendererDir, port }).catch((error: NodeJS.ErrnoException) => {
      // The usual port taken (another app): any free port will do, unless the user chose one.
      if (error.code === 'EADDRINUSE' && flags.port === undefined) return startHttpServer({ dispatch, rendererDir, port: 0 })
      throw error
    })
  } catch (error) {
    workspace.close()
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CliError(`Le port ${port} est déjà utilisé : Clas est peut-être déjà ouvert. Essayez --port avec un autre numéro.`)
    throw error
  }
  const stopBackups = startAutomaticBackups(workspace, { onError: (message) => io.err(message) })
  io.out(`Clas est servi sur ${server.url} (base : ${path})`)
  io.out('Ouvrez cette adresse dans votre navigateur. Ctrl+C pour arrêter.')
  if (flags.open) openBrowser(server.url)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  stopBackups()
  await server.close()
  workspace.close()
  return 0
}
