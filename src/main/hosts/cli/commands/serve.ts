import { ensureRendererBuilt } from '../../http/ensure-renderer'
import { lanAddresses, lanAllowedHosts, lanRefusal, lanWarning } from '../../http/lan'
import { findRendererDir, findSourceRoot } from '../../http/locate-renderer'
import { startHttpServer } from '../../http/server'
import { startDatabaseService } from '../../database-service'
import { clockFromEnv } from '../../../workspace'
import { CliError, type CliIO } from '../io'
import { openBrowser } from '../open-browser'
import { databasePath } from '../open-workspace'

const DEFAULT_PORT = 4780

/**
 * `clas serve [--port N] [--lan]`: the app in a browser, until interrupted; on 127.0.0.1 only,
 * unless `--lan` serves it to the local network, which needs a coordinator's account.
 */
export async function serveCommand(flags: { db?: string; port?: string; today?: string; open?: boolean; lan?: boolean }, io: CliIO): Promise<number> {
  const port = flags.port === undefined ? DEFAULT_PORT : Number(flags.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port : « ${flags.port} » n'est pas un numéro de port (0 à 65535).`, 2)
  const path = databasePath(flags.db)
  let today: (() => string) | undefined
  try {
    today = clockFromEnv(flags.today ?? process.env.CLAS_TODAY) ?? undefined
  } catch (error) {
    throw new CliError((error as Error).message.replace('CLAS_TODAY', flags.today === undefined ? 'CLAS_TODAY' : '--today'), 2)
  }
  // A base that will not open still gets served: the page then offers to restore a backup.
  const service = startDatabaseService({
    dbPath: path,
    today,
    onError: (message, error) => (error === undefined ? io.err(message) : console.error(message, error)),
  })
  const { host, changes } = service
  let rendererDir: string | null
  try {
    const refused = flags.lan ? lanRefusal(host.workspace) : null
    if (refused) throw new CliError(refused)
    const root = findSourceRoot()
    if (root) ensureRendererBuilt(root, io.err)
    rendererDir = findRendererDir()
    if (!rendererDir) throw new CliError("L'interface n'est pas construite : lancez « npm run build ».")
  } catch (error) {
    service.close()
    throw error
  }
  const { dispatch } = host
  const network = flags.lan ? { hostname: '0.0.0.0', allowedHosts: lanAllowedHosts(), lan: true } : {}
  let server
  try {
    server = await startHttpServer({ dispatch, rendererDir, port, changes, ...network }).catch((error: NodeJS.ErrnoException) => {
      // The usual port taken (another app): any free port will do, unless the user chose one.
      if (error.code === 'EADDRINUSE' && flags.port === undefined) return startHttpServer({ dispatch, rendererDir, port: 0, changes, ...network })
      throw error
    })
  } catch (error) {
    service.close()
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new CliError(`Le port ${port} est déjà utilisé : Clas est peut-être déjà ouvert. Essayez --port avec un autre numéro.`)
    throw error
  }
  if (host.startProblem) io.err(`${host.startProblem.message}\nLa page propose de restaurer une sauvegarde.`)
  const localUrl = `http://127.0.0.1:${server.port}/`
  io.out(`Clas est servi sur ${localUrl} (base : ${path})`)
  if (flags.lan) io.err(lanWarning(lanAddresses().map((a) => `http://${a.includes(':') ? `[${a}]` : a}:${server.port}/`)))
  io.out('Ouvrez cette adresse dans votre navigateur. Ctrl+C pour arrêter.')
  if (flags.open) openBrowser(localUrl)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await server.close()
  service.close()
  return 0
}
