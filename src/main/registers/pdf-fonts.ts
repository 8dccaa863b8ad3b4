import { createRequire } from 'node:module'
import type { TCreatedPdf, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces'

// pdfmake 0.3 on Node is a CommonJS singleton (`module.exports = new pdfmake()`): required, not
// imported, so that its methods are there whatever the bundler does with a default import; and
// required on first use, so that a start that makes no PDF does not pay for loading it.
// Not named `require`: electron-vite's ESM output declares one at the top of each bundle.
const requireCjs = createRequire(import.meta.url)

/** A PDF from a document definition, written with the bundled Roboto; no network, no other file read. */
export function createPdf(definition: TDocumentDefinitions): TCreatedPdf {
  const pdfmake = requireCjs('pdfmake') as typeof import('pdfmake')
  // Roboto as shipped inside the pdfmake package (absolute paths from `pdfmake/fonts/Roboto.js`):
  // the same glyphs on every machine, accents included, and nothing to find on the system.
  const roboto = requireCjs('pdfmake/fonts/Roboto') as TFontDictionary
  const fontFiles = new Set(Object.values(roboto.Roboto).map(String))
  // Set on each call, right before `createPdf` captures them: the singleton is shared with
  // whatever else in the process makes PDFs.
  pdfmake.setFonts(roboto)
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path))
  return pdfmake.createPdf({ ...definition, defaultStyle: { font: 'Roboto', ...definition.defaultStyle } })
}
