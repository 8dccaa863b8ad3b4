import type { ApiErrorBody } from '../../../shared/contract/errors'
import type { Caller } from '../../access/sessions'

/**
 * The messages between the window's process (Electron's main process) and the process that
 * holds the database and runs the calls (the utility process). Plain data, structured-clone
 * safe: the same over Electron's `parentPort` and over `child_process.fork` (the tests).
 */

/** What the utility process needs to open the base, sent first. */
export interface StartOptions {
  dbPath: string
  /** Backups and settings (Electron's userData, or CLAS_DATA_DIR). */
  dataDir?: string
  /** A fixed day (AAAA-MM-JJ), as `CLAS_TODAY`. */
  today?: string
  nativeBinding?: string
  /** The parent prints HTML to PDF (Electron's own Chromium): the bilan's PDF asks it. */
  printer?: boolean
  /** The parent opens folders in the system's file manager: the year's closing folder asks it. */
  folderOpener?: boolean
}

/** A caller as it travels: the session's token stays with the window's process, as before. */
export type WireCaller = Pick<Caller, 'token' | 'distant' | 'client'>

export type ToService =
  | { type: 'start'; options: StartOptions }
  | { type: 'call'; id: number; name: string; input: unknown; caller: WireCaller | null }
  | { type: 'printed'; id: number; pdf?: Uint8Array; error?: string }
  /** `failure`: '' when the folder opened, else why not (as Electron's `shell.openPath`). */
  | { type: 'opened'; id: number; failure: string }
  | { type: 'stop' }

export type FromService =
  | { type: 'ready'; probleme: string | null }
  /** `token`: the caller's session after the call (opened, closed, or dropped by the dispatcher). */
  | { type: 'answer'; id: number; result: unknown; token: string | null }
  | { type: 'error'; id: number; error: ApiErrorBody; token: string | null }
  | { type: 'change'; appel: string; origine?: string }
  | { type: 'print'; id: number; html: string }
  | { type: 'open-folder'; id: number; path: string }
  | { type: 'start-failed'; message: string }

/** One end of the channel, whatever carries it. */
export interface Port<In, Out> {
  onMessage(listener: (message: In) => void): void
  send(message: Out): void
}
