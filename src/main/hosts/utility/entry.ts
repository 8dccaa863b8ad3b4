import type { FromService, Port, ToService } from './messages'
import { runService } from './service'

/**
 * The utility process's entry: a plain Node module. Under Electron (`utilityProcess.fork`) it
 * talks over `process.parentPort`; started by `child_process.fork` (the tests), over `process.send`.
 */
interface ParentPort {
  on(event: 'message', listener: (event: { data: ToService }) => void): void
  postMessage(message: FromService): void
}

function parentPort(): Port<ToService, FromService> {
  const electron = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort
  if (electron) return { onMessage: (l) => electron.on('message', (event) => l(event.data)), send: (m) => electron.postMessage(m) }
  if (!process.send) throw new Error('utility entry: started without a channel to its parent')
  return {
    onMessage: (l) => process.on('message', (m) => l(m as ToService)),
    send: (m) => void process.send!(m),
  }
}

runService(parentPort(), () => {
  // Stopped by its parent: the base is closed, nothing else keeps the process.
  process.disconnect?.()
  setImmediate(() => process.exit(0))
})
