import { readDocxSafely } from '../templates/read-docx-safely'
import { DocxError } from './docx-error'

export { DocxError }

export interface DocxFile {
  /** The file as read: every part but the main one is written back from it unchanged. */
  bytes: Uint8Array
  /** The main part, `word/document.xml`, as text. */
  documentXml: string
}

/**
 * Opens a .docx through the project's one safe zip reader (`src/main/zip/`): size, a zip and a
 * Word document, number of parts, real inflated size (a bomb stops while inflating), checksums,
 * no DOCTYPE or entity. Every refusal is a DocxError in French.
 */
export async function openDocx(bytes: Uint8Array): Promise<DocxFile> {
  return { bytes, documentXml: readDocxSafely(bytes).documentXml }
}

/** Writes the document back: only `word/document.xml` changes, every other entry is kept as read. */
export async function saveDocx(file: DocxFile, documentXml: string): Promise<Buffer> {
  // jszip only writes here, on bytes the safe reader has already checked whole.
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(file.bytes)
  // createFolders would add a `word/` entry the original zip does not have.
  zip.file('word/document.xml', documentXml, { createFolders: false })
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
}
