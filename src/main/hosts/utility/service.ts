import { ApiError } from '../../../shared/contract/errors'
import type { Caller } from '../../access/sessions'
import { BackupSettingsStore } from '../../backup/backup-settings'
import { useHtmlPrinter } from '../../bilan/pdf/bilan-pdf'
import { useFolderOpener } from '../../year-end/open-folder'
import { clockFromEnv } from '../../workspace'
import { startDatabaseService, type DatabaseService } from '../database-service'
import type { FromService, Port, StartOptions, ToService } from './messages'

const UNEXPECTED = "Une erreur inattendue s'est produite."

/**
 * The server part of the desktop app, run in its own process so that the windows never wait on
 * the database: the same database service as `clas serve`, answering the calls sent over
 * `port`, and telling every write (the call's name only) for the windows to refresh.
 */
export function runService(port: Port<ToService, FromService>, onStop: () => void = () => {}): void {
  let service: DatabaseService | null = null
  const printing = new Map<number, { resolve(pdf: Buffer): void; reject(error: Error): void }>()
  let nextPrint = 1
  const opening = new Map<number, (failure: string) => void>()
  let nextOpening = 1

  const start = (options: StartOptions) => {
    try {
      service = startDatabaseService({
        dbPath: options.dbPath,
        today: clockFromEnv(options.today) ?? undefined,
        backups: options.dataDir ? new BackupSettingsStore(options.dataDir) : undefined,
        nativeBinding: options.nativeBinding,
        // To the parent's console: the error only, never a call's input.
        onError: (message, error) => console.error(message, error ?? ''),
      })
    } catch (error) {
      port.send({ type: 'start-failed', message: error instanceof Error ? error.message : String(error) })
      return
    }
    service.changes.subscribe((change) => port.send({ type: 'change', ...change }))
    if (options.printer) {
      useHtmlPrinter((html) => new Promise<Buffer>((resolve, reject) => {
        const id = nextPrint++
        printing.set(id, { resolve, reject })
        port.send({ type: 'print', id, html })
      }))
    }
    if (options.folderOpener) {
      useFolderOpener((path) => new Promise<string>((resolve) => {
        const id = nextOpening++
        opening.set(id, resolve)
        port.send({ type: 'open-folder', id, path })
      }))
    }
    port.send({ type: 'ready', probleme: service.host.startProblem?.message ?? null })
  }

  const call = async (id: number, name: string, input: unknown, wire: Caller | null) => {
    // The dispatcher may open, close or drop the session on this copy: the token goes back.
    const caller: Caller | undefined = wire ? { ...wire } : undefined
    const token = () => caller?.token ?? null
    try {
      if (!service) throw new ApiError({ code: 'unavailable', message: "La base n'est pas encore ouverte." })
      const result = await service.dispatch(name, input, caller)
      port.send({ type: 'answer', id, result, token: token() })
    } catch (error) {
      const body = error instanceof ApiError ? error.toBody() : new ApiError({ code: 'internal', message: UNEXPECTED }).toBody()
      port.send({ type: 'error', id, error: body, token: token() })
    }
  }

  port.onMessage((message) => {
    switch (message.type) {
      case 'start':
        if (!service) start(message.options)
        return
      case 'call':
        void call(message.id, message.name, message.input, message.caller)
        return
      case 'printed': {
        const waiting = printing.get(message.id)
        printing.delete(message.id)
        if (message.pdf) waiting?.resolve(Buffer.from(message.pdf))
        else waiting?.reject(new Error(message.error ?? 'impression impossible'))
        return
      }
      case 'opened':
        opening.get(message.id)?.(message.failure)
        opening.delete(message.id)
        return
      case 'stop':
        service?.close()
        service = null
        onStop()
    }
  })
}
