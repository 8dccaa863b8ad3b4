import { ApiError } from '../../../shared/contract/errors'
import type { Caller } from '../../access/sessions'
import type { Dispatch } from '../../api/dispatch'
import type { FromService, StartOptions, ToService } from './messages'

/** The child process as the window's process sees it: Electron's UtilityProcess or a forked ChildProcess. */
export interface ChildChannel {
  send(message: ToService): void
  onMessage(listener: (message: FromService) => void): void
  /** The process ended, for whatever reason (code null: killed by a signal). */
  onExit(listener: (code: number | null) => void): void
}

export const SERVICE_STOPPED_MESSAGE =
  "Le traitement des données de Clas s'est arrêté de façon inattendue : cette action n'a peut-être pas été enregistrée. Réessayez dans un instant."

/**
 * The window's side of the utility process: calls sent as messages and answered by id, the
 * session's token kept here on the caller (the page never sees it), the writes heard, the
 * bilan's PDF printed for it, and a crash of the child reported (pending calls refused in
 * French, listeners told) instead of leaving the windows waiting forever.
 */
export class ServiceClient {
  private readonly pending = new Map<number, { caller: Caller | undefined; resolve(result: unknown): void; reject(error: ApiError): void }>()
  private readonly changeListeners = new Set<(appel: string, origine?: string) => void>()
  private readonly crashListeners = new Set<(code: number | null) => void>()
  private nextId = 1
  private stopped = false
  private exited = false
  private ready: Promise<{ probleme: string | null }> | null = null
  private started: { resolve(value: { probleme: string | null }): void; reject(error: Error): void } | null = null

  constructor(
    private readonly channel: ChildChannel,
    /** Prints the bilan's HTML to PDF (Electron's Chromium); absent: the child finds its own way. */
    private readonly print?: (html: string) => Promise<Uint8Array>,
    /** Opens a folder in the system's file manager: '' on success, else why not (`shell.openPath`). */
    private readonly openFolder?: (path: string) => Promise<string>,
  ) {
    channel.onMessage((message) => this.receive(message))
    channel.onExit((code) => this.exit(code))
  }

  /** Opens the base in the child; resolves once it answers calls (a base in recovery included). */
  start(options: Omit<StartOptions, 'printer' | 'folderOpener'>): Promise<{ probleme: string | null }> {
    this.ready ??= new Promise((resolve, reject) => {
      this.started = { resolve, reject }
      this.channel.send({ type: 'start', options: { ...options, printer: this.print !== undefined, folderOpener: this.openFolder !== undefined } })
    })
    return this.ready
  }

  readonly dispatch: Dispatch = (name, input, caller) => {
    if (this.exited) return Promise.reject(new ApiError({ code: 'unavailable', message: SERVICE_STOPPED_MESSAGE }))
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { caller, resolve, reject })
      const wire = caller ? { token: caller.token, ...(caller.distant ? { distant: true } : {}), ...(caller.client ? { client: caller.client } : {}) } : null
      this.channel.send({ type: 'call', id, name, input, caller: wire })
    })
  }

  /** Every write made through the child (any window, or another program on the file). */
  onChange(listener: (appel: string, origine?: string) => void): () => void {
    this.changeListeners.add(listener)
    return () => void this.changeListeners.delete(listener)
  }

  onCrash(listener: (code: number | null) => void): void {
    this.crashListeners.add(listener)
  }

  /** Closes the base and ends the child. */
  stop(): void {
    if (this.stopped || this.exited) return
    this.stopped = true
    this.channel.send({ type: 'stop' })
  }

  private receive(message: FromService): void {
    switch (message.type) {
      case 'ready':
        this.started?.resolve({ probleme: message.probleme })
        return
      case 'start-failed':
        this.started?.reject(new Error(message.message))
        return
      case 'answer':
      case 'error': {
        const call = this.pending.get(message.id)
        if (!call) return
        this.pending.delete(message.id)
        if (call.caller) call.caller.token = message.token
        if (message.type === 'answer') call.resolve(message.result)
        else call.reject(new ApiError(message.error))
        return
      }
      case 'change':
        this.changeListeners.forEach((l) => l(message.appel, message.origine))
        return
      case 'print':
        void this.printFor(message.id, message.html)
        return
      case 'open-folder':
        void this.openFor(message.id, message.path)
    }
  }

  private async openFor(id: number, path: string): Promise<void> {
    let failure: string
    try {
      failure = this.openFolder ? await this.openFolder(path) : 'pas de gestionnaire de fichiers ici'
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error)
    }
    this.channel.send({ type: 'opened', id, failure })
  }

  private async printFor(id: number, html: string): Promise<void> {
    try {
      if (!this.print) throw new Error('no printer here')
      this.channel.send({ type: 'printed', id, pdf: await this.print(html) })
    } catch (error) {
      this.channel.send({ type: 'printed', id, error: error instanceof Error ? error.message : String(error) })
    }
  }

  private exit(code: number | null): void {
    this.exited = true
    for (const call of this.pending.values()) call.reject(new ApiError({ code: 'unavailable', message: SERVICE_STOPPED_MESSAGE }))
    this.pending.clear()
    this.started?.reject(new Error(`utility process ended before it was ready (code ${code})`))
    if (!this.stopped) this.crashListeners.forEach((l) => l(code))
  }
}
