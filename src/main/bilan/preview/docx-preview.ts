import { sanitizePreviewHtml } from './sanitize-html'

/**
 * The filled form as HTML for the Bilan screen's preview. mammoth reads the document's
 * structure (paragraphs, headings, tables, boxes), not its layout: the .docx and the PDF
 * are the document; this is to read it over. Images are dropped without being read, and
 * mammoth is told never to open files the document points to.
 */
export async function docxPreviewHtml(docx: Buffer): Promise<string> {
  const { default: mammoth } = await import('mammoth')
  const result = await mammoth.convertToHtml(
    { buffer: docx },
    { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), externalFileAccess: false },
  )
  return sanitizePreviewHtml(result.value)
}
