import type JSZip from 'jszip'

/** Limits on a Word file: a form is a few hundred kB; anything far larger is not one. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024
const MAX_ENTRIES = 2000
const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024

export class DocxError extends Error {}

export interface DocxFile {
  zip: JSZip
  /** The main part, `word/document.xml`, as text. */
  documentXml: string
}

/** jszip keeps the sizes of the central directory: read them before inflating anything. */
function uncompressedSize(file: JSZip.JSZipObject): number {
  const data = (file as unknown as { _data?: { uncompressedSize?: number } })._data
  return data?.uncompressedSize ?? 0
}

/**
 * Opens a .docx with checks against what is not a Word file or is built to hurt: too big,
 * too many entries, a zip bomb (declared sizes checked before inflating), no main part.
 */
export async function openDocx(bytes: Uint8Array): Promise<DocxFile> {
  if (bytes.byteLength > MAX_DOCX_BYTES) throw new DocxError(`Le fichier dépasse ${MAX_DOCX_BYTES / 1024 / 1024} Mo : ce n'est pas un formulaire de bilan.`)
  const { default: JSZip } = await import('jszip')
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    throw new DocxError("Le fichier n'est pas un document Word (.docx) lisible.")
  }
  const files = Object.values(zip.files)
  if (files.length > MAX_ENTRIES) throw new DocxError('Le document contient trop de fichiers internes pour être un formulaire.')
  const total = files.reduce((n, f) => n + uncompressedSize(f), 0)
  if (total > MAX_UNCOMPRESSED_BYTES) throw new DocxError('Le document décompressé serait démesuré : il est refusé.')
  const main = zip.file('word/document.xml')
  if (!main) throw new DocxError("Le fichier n'est pas un document Word (.docx) : le contenu principal manque.")
  const documentXml = await main.async('string')
  if (documentXml.length > MAX_UNCOMPRESSED_BYTES / 2) throw new DocxError('Le contenu du document est démesuré : il est refusé.')
  return { zip, documentXml }
}

/** Writes the document back: only `word/document.xml` changes, every other entry is kept as read. */
export async function saveDocx(file: DocxFile, documentXml: string): Promise<Buffer> {
  // createFolders would add a `word/` entry the original zip does not have.
  file.zip.file('word/document.xml', documentXml, { createFolders: false })
  return file.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
}
