import type { UtilityProcess } from 'electron'
import type { FromService } from '../utility/messages'
import type { ChildChannel } from '../utility/service-client'

/** Electron's utility process as the service client speaks to it (tested over child_process.fork). */
export function utilityChannel(child: UtilityProcess): ChildChannel {
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', (message: FromService) => listener(message)),
    onExit: (listener) => child.once('exit', (code) => listener(code)),
  }
}
