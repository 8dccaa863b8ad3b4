import { createRequire } from 'node:module'
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads'
import type ExcelJS from 'exceljs'
import { loadExcelJS } from '../heavy-libraries'
import { ListFileError } from './list-file-error'

/**
 * exceljs reads .xlsx files in a worker thread, so that a large or hostile workbook never holds
 * the thread answering the calls (nor fills its memory); the worker sends back the workbook's
 * plain model, which exceljs turns into a workbook again here. The write call that imports it
 * gets it read before its transaction (a Preparer), so nothing ever waits on it synchronously.
 */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
(async () => {
  let message;
  try {
    const ExcelJS = require(workerData.exceljs);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(workerData.bytes);
    message = { ok: true, model: workbook.model };
  } catch (error) {
    message = { ok: false, error: String((error && error.message) || error) };
  }
  try { workerData.port.postMessage(message); }
  catch (error) { workerData.port.postMessage({ ok: false, error: 'model not transferable: ' + String(error && error.message) }); }
})();
`

/** A list of children is small: a file taking longer than this is no such list (or a zip bomb). */
const TIMEOUT_MS = 30_000

export const UNREADABLE_XLSX = "Ce fichier Excel est illisible (abîmé, incomplet ou protégé par un mot de passe) : rien n'a été importé. Ouvrez-le dans Excel et enregistrez-le à nouveau au format .xlsx."
const TOO_BIG_XLSX = "Ce fichier Excel est trop volumineux pour être lu (sa lecture demande plus de mémoire qu'une liste d'enfants n'en demande) : rien n'a été importé. Copiez la liste seule dans un nouveau classeur."
const TOO_SLOW_XLSX = `Ce fichier Excel est trop long à lire (plus de ${TIMEOUT_MS / 1000} secondes) : ce n'est sans doute pas une simple liste d'enfants. Rien n'a été importé ; copiez la liste seule dans un nouveau classeur.`

type Received = { ok: true; model: ExcelJS.WorkbookModel } | { ok: false; error: string }

function startWorker(bytes: Uint8Array, port: MessagePort): { worker: Worker; died: () => Error | null } {
  const exceljs = createRequire(import.meta.url).resolve('exceljs')
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { exceljs, bytes, port },
    transferList: [port],
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  })
  // A worker that dies (out of memory) reports it as an 'error' event: unheard, it would bring
  // the whole app down. Kept to tell the true reason.
  let death: Error | null = null
  worker.on('error', (error) => (death = error))
  return { worker, died: () => death }
}

/** The sentence for a read that gave no workbook: out of memory, out of time, or a bad file. */
function refusal(death: Error | null, timedOut: boolean): ListFileError {
  if (timedOut) return new ListFileError(TOO_SLOW_XLSX)
  if (death && ((death as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory/i.test(death.message))) return new ListFileError(TOO_BIG_XLSX)
  return new ListFileError(UNREADABLE_XLSX)
}

/** A large workbook read for tens of seconds never stops the server answering the others. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const { port1, port2 } = new MessageChannel()
  const { worker, died } = startWorker(bytes, port2)
  let timer: NodeJS.Timeout | undefined
  try {
    const received = await new Promise<Received | 'timed-out' | 'died'>((resolve) => {
      port1.once('message', (message: Received) => resolve(message))
      worker.once('exit', () => setImmediate(() => resolve('died')))
      timer = setTimeout(() => resolve('timed-out'), TIMEOUT_MS)
    })
    if (received === 'timed-out' || received === 'died' || !received.ok) throw refusal(died(), received === 'timed-out')
    return workbookOf(received.model)
  } finally {
    clearTimeout(timer)
    port1.close()
    void worker.terminate()
  }
}

/** The workbook again from the plain model the worker sent. */
function workbookOf(model: ExcelJS.WorkbookModel): ExcelJS.Workbook {
  const workbook = new (loadExcelJS().Workbook)()
  workbook.model = model
  // Setting the model drops the merged ranges: put them back so merged cells read as their master.
  model.worksheets.forEach((sheetModel, i) => {
    const sheet = workbook.worksheets[i]
    for (const range of (sheetModel as { merges?: string[] }).merges ?? []) {
      try {
        sheet?.mergeCells(range)
      } catch {
        // An overlapping range in a hand-edited file: its cells keep their own values.
      }
    }
  })
  return workbook
}
