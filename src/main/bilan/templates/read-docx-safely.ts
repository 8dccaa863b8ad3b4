import { MAX_FORM_BYTES } from '../../../shared/bilan/templates/import-fields'
import { DocxError } from '../docx/docx-error'
import { inflateZipSafely, startsLikeZip, type SafeZipOptions } from '../../zip/inflate-zip-safely'

/** What the whole archive may weigh once inflated: a zip bomb is stopped at this point, while inflating. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024
/** A Word file holds a few dozen parts. */
export const MAX_ENTRIES = 1000

export interface SafeDocx {
  /** `word/document.xml`, the part the blanks are found in. */
  documentXml: string
}

function refuse(message: string): never {
  throw new DocxError(message)
}

const ZIP_OPTIONS: SafeZipOptions = {
  maxInflated: MAX_INFLATED_BYTES, maxEntries: MAX_ENTRIES, fichier: 'Le fichier .docx', nature: 'un formulaire de bilan', origine: 'de Word', refuse,
}

/** What the first bytes say the file is, for a refusal that tells the coordinator what to do. */
function notAZip(bytes: Uint8Array): never {
  const head = Buffer.from(bytes.subarray(0, 8))
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    refuse("Ce fichier est un document Word ancien format (.doc) : ouvrez-le dans Word ou LibreOffice et enregistrez-le au format .docx, puis importez ce nouveau fichier.")
  }
  if (head.subarray(0, 4).toString('latin1') === '%PDF') {
    refuse("Ce fichier est un PDF : il ne peut pas être rempli. Demandez à votre CAF le formulaire au format Word (.docx).")
  }
  return refuse("Ce fichier n'est pas un document Word (.docx) : il n'a pas la forme d'une archive .docx.")
}

const WORD_MAIN = /wordprocessingml\.(document|template)\.main\+xml|ms-word\.(document|template)\.macroEnabled(\.main)?\+xml/i

function checkWordContentTypes(contentTypes: Buffer | undefined): void {
  const text = contentTypes?.toString('utf8') ?? ''
  if (WORD_MAIN.test(text)) return
  if (/spreadsheetml/i.test(text)) refuse("Ce fichier est un classeur Excel, pas un document Word : choisissez le formulaire de bilan (.docx).")
  if (/presentationml/i.test(text)) refuse("Ce fichier est une présentation PowerPoint, pas un document Word : choisissez le formulaire de bilan (.docx).")
  if (/opendocument/i.test(text)) refuse("Ce fichier est un document LibreOffice (.odt) : enregistrez-le au format Word (.docx), puis importez ce nouveau fichier.")
  refuse("Ce fichier est une archive mais pas un document Word (.docx).")
}

/**
 * Reads a .docx brought from outside with every check made before trusting it: its size, that
 * it is a zip and a Word document, the number of its parts, their real inflated size (a zip
 * bomb stops at MAX_INFLATED_BYTES while inflating), their checksums, and no DOCTYPE or entity
 * in any XML part. Synchronous, so that an import runs inside its call's transaction; every
 * refusal is a DocxError in French.
 */
export function readDocxSafely(bytes: Uint8Array): SafeDocx {
  if (bytes.byteLength === 0) refuse("Le fichier est vide : ce n'est pas un document Word.")
  if (bytes.byteLength > MAX_FORM_BYTES) refuse(`Le fichier pèse ${(bytes.byteLength / 1024 / 1024).toFixed(1)} Mo : un formulaire de bilan en pèse bien moins (${MAX_FORM_BYTES / 1024 / 1024} Mo au plus).`)
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (!startsLikeZip(buf)) notAZip(bytes)
  const kept = inflateZipSafely(buf, ZIP_OPTIONS, (name) => name === '[Content_Types].xml' || name === 'word/document.xml')
  checkWordContentTypes(kept.get('[Content_Types].xml'))
  const main = kept.get('word/document.xml')
  if (!main) refuse("Ce document Word n'a pas de contenu principal (word/document.xml) : il est endommagé ou n'a pas été fait par Word.")
  return { documentXml: main.toString('utf8').replace(/^\uFEFF/, '') }
}
