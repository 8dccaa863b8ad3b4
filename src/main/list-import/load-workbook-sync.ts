import { createRequire } from 'node:module'
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'
import type ExcelJS from 'exceljs'
import { loadExcelJS } from '../heavy-libraries'
import { ListFileError } from './list-file-error'

/**
 * exceljs reads .xlsx files only asynchronously (through JSZip), while the API's calls are
 * synchronous (a write call runs inside one better-sqlite3 transaction). The file is therefore
 * read by exceljs in a worker thread while this thread waits on an atomic flag; the worker sends
 * back the workbook's plain model, which exceljs turns into a workbook again here, synchronously.
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
  Atomics.store(workerData.flag, 0, 1);
  Atomics.notify(workerData.flag, 0);
})();
`

/** A list of children is small: a file taking longer than this is no such list (or a zip bomb). */
const TIMEOUT_MS = 30_000

export const UNREADABLE_XLSX = "Ce fichier Excel est illisible (abîmé, incomplet ou protégé par un mot de passe) : rien n'a été importé. Ouvrez-le dans Excel et enregistrez-le à nouveau au format .xlsx."

export function loadWorkbookSync(bytes: Uint8Array): ExcelJS.Workbook {
  const flag = new Int32Array(new SharedArrayBuffer(4))
  const { port1, port2 } = new MessageChannel()
  const exceljs = createRequire(import.meta.url).resolve('exceljs')
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { exceljs, bytes, port: port2, flag },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  })
  // A worker that dies (out of memory) reports it as an 'error' event: unheard, it would bring
  // the whole app down; the caller already answers « illisible » when no result comes.
  worker.on('error', () => undefined)
  try {
    const waited = Atomics.wait(flag, 0, 0, TIMEOUT_MS)
    const received = receiveMessageOnPort(port1)?.message as { ok: true; model: ExcelJS.WorkbookModel } | { ok: false; error: string } | undefined
    if (waited === 'timed-out' || !received || !received.ok) throw new ListFileError(UNREADABLE_XLSX)
    const workbook = new (loadExcelJS().Workbook)()
    workbook.model = received.model
    // Setting the model drops the merged ranges: put them back so merged cells read as their master.
    received.model.worksheets.forEach((sheetModel, i) => {
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
  } finally {
    port1.close()
    void worker.terminate()
  }
}
