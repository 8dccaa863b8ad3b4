import type { ClosingFile } from './closing-part'

/**
 * The folder's files as one .zip, under a top folder of the same name, so that unzipping gives
 * the folder back. Files already compressed (xlsx, docx, pdf) are stored, the rest deflated.
 */
export async function zipClosingFiles(folderName: string, files: Pick<ClosingFile, 'chemin' | 'bytes'>[]): Promise<Buffer> {
  const { default: JSZip } = await import('jszip')
  const zip = new JSZip()
  const top = zip.folder(folderName)!
  for (const f of files) {
    const packed = /\.(xlsx|docx|pdf)$/i.test(f.chemin)
    top.file(f.chemin, f.bytes, { compression: packed ? 'STORE' : 'DEFLATE' })
  }
  return zip.generateAsync({ type: 'nodebuffer', platform: 'DOS' })
}
