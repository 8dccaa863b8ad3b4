import { docxPreviewHtml } from '../preview/docx-preview'
import { findChromium, printHtmlWithChromium } from './chromium'
import { docxToPdfWithLibreOffice, findSoffice } from './libreoffice'
import { printablePage } from './print-page'

export type PdfEngine = 'libreoffice' | 'chromium'

export interface PdfOptions {
  /** Paths of the programs, found on the machine when left out; null forces their absence (tests). */
  soffice?: string | null
  chromium?: string | null
  /** Prints a page's HTML another way (Electron's own Chromium, in the desktop app). */
  printHtml?: (html: string) => Promise<Buffer>
}

let hostPrinter: ((html: string) => Promise<Buffer>) | null = null

/** The desktop app prints with Electron's own Chromium: nothing else to install. */
export function useHtmlPrinter(print: (html: string) => Promise<Buffer>): void {
  hostPrinter = print
}

/**
 * The bilan as PDF. LibreOffice lays the Word document out as Word would, so it comes first.
 * Without it, the document's structure is printed by Chromium (Electron's own in the desktop
 * app, else an installed browser): the same text, tables and boxes, but not Word's page layout.
 */
export async function docxToPdf(docx: Buffer, title: string, options: PdfOptions = {}): Promise<{ pdf: Buffer; moteur: PdfEngine }> {
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice
  if (soffice) return { pdf: await docxToPdfWithLibreOffice(docx, soffice), moteur: 'libreoffice' }
  const page = printablePage(await docxPreviewHtml(docx), title)
  const printHtml = options.printHtml ?? hostPrinter
  if (printHtml) return { pdf: await printHtml(page), moteur: 'chromium' }
  const chromium = options.chromium === undefined ? findChromium() : options.chromium
  return { pdf: await printHtmlWithChromium(page, chromium), moteur: 'chromium' }
}
