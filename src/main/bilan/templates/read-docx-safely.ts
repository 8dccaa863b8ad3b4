import { crc32, inflateRawSync } from 'node:zlib'
import { MAX_FORM_BYTES } from '../../../shared/bilan/templates/import-fields'
import { DocxError } from '../docx/docx-file'

/** What the whole archive may weigh once inflated: a zip bomb is stopped at this point, while inflating. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024
/** A Word file holds a few dozen parts. */
export const MAX_ENTRIES = 1000

const SIG_LOCAL = 0x04034b50
const SIG_CENTRAL = 0x02014b50
const SIG_END = 0x06054b50

interface Entry {
  name: string
  method: number
  flags: number
  crc: number
  compressedSize: number
  size: number
  localOffset: number
}

export interface SafeDocx {
  /** `word/document.xml`, the part the blanks are found in. */
  documentXml: string
}

function refuse(message: string): never {
  throw new DocxError(message)
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

function findEnd(buf: Buffer): number {
  // The end record sits in the last 22 bytes plus at most a 64 kB comment.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) if (buf.readUInt32LE(i) === SIG_END) return i
  return -1
}

function readEntries(buf: Buffer): Entry[] {
  const end = findEnd(buf)
  if (end < 0) refuse("Le fichier .docx est incomplet ou endommagé (fin de l'archive introuvable).")
  const count = buf.readUInt16LE(end + 10)
  const dirSize = buf.readUInt32LE(end + 12)
  const dirOffset = buf.readUInt32LE(end + 16)
  if (buf.readUInt16LE(end + 4) !== 0 || buf.readUInt16LE(end + 6) !== 0) refuse("Le fichier est une archive en plusieurs morceaux : ce n'est pas un document Word.")
  if (count === 0xffff || dirOffset === 0xffffffff) refuse("Le fichier est une archive géante (zip64) : ce n'est pas un formulaire de bilan.")
  if (count > MAX_ENTRIES) refuse(`Le document contient ${count} fichiers internes (${MAX_ENTRIES} au plus) : ce n'est pas un formulaire de bilan.`)
  if (dirOffset + dirSize > end) refuse("Le fichier .docx est endommagé (sommaire de l'archive hors du fichier).")
  const entries: Entry[] = []
  let p = dirOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== SIG_CENTRAL) refuse("Le fichier .docx est endommagé (sommaire de l'archive illisible).")
    const nameLength = buf.readUInt16LE(p + 28)
    const extraLength = buf.readUInt16LE(p + 30)
    const commentLength = buf.readUInt16LE(p + 32)
    entries.push({
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    })
    p += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** The raw bytes of an entry, located through its local header (whose own sizes may be zero). */
function compressedData(buf: Buffer, e: Entry): Buffer {
  const at = e.localOffset
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== SIG_LOCAL) refuse(`Le fichier .docx est endommagé (« ${e.name.slice(0, 60)} » introuvable).`)
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28)
  if (start + e.compressedSize > buf.length) refuse(`Le fichier .docx est tronqué (« ${e.name.slice(0, 60)} » incomplet).`)
  return buf.subarray(start, start + e.compressedSize)
}

const BOMB = `Le document décompressé dépasserait ${MAX_INFLATED_BYTES / 1024 / 1024} Mo : ce n'est pas un formulaire, il est refusé (archive piégée ?).`

/**
 * Inflates one entry with a hard ceiling: inflation stops at `budget` bytes whatever the
 * archive declares, so a lying size or a bomb never gets to fill the memory.
 */
function inflate(buf: Buffer, e: Entry, budget: number): Buffer {
  if (e.flags & 0x1) refuse("Le document est protégé par un mot de passe : enregistrez-en une copie sans mot de passe, puis importez-la.")
  const data = compressedData(buf, e)
  let out: Buffer
  if (e.method === 0) {
    out = data
  } else if (e.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(e.size, budget) + 1) })
    } catch (error) {
      // Past the size it declares (which the budget already allows for): the archive lies, as bombs do.
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        refuse(`« ${e.name.slice(0, 60)} » est plus gros une fois décompressé que ce que l'archive annonce : fichier piégé ou endommagé, il est refusé.`)
      }
      return refuse(`Le fichier .docx est endommagé (« ${e.name.slice(0, 60)} » ne se décompresse pas).`)
    }
  } else {
    return refuse(`Le document utilise une compression inconnue de Word (méthode ${e.method}) : il est refusé.`)
  }
  if (out.length > budget) refuse(BOMB)
  if (out.length !== e.size || crc32(out) !== e.crc) refuse(`Le fichier .docx est endommagé (« ${e.name.slice(0, 60)} » ne correspond pas à ce que l'archive annonce).`)
  return out
}

/** Entity declarations are how « billion laughs » attacks come in; OOXML never has any. */
function hasDoctype(part: Buffer): boolean {
  return ['<!DOCTYPE', '<!ENTITY'].some((s) => part.includes(s, 0, 'utf8') || part.includes(s, 0, 'utf16le'))
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
  if (buf.length < 4 || buf.readUInt32LE(0) !== SIG_LOCAL) notAZip(bytes)
  const entries = readEntries(buf)
  const declared = entries.reduce((n, e) => n + e.size, 0)
  if (declared > MAX_INFLATED_BYTES) refuse(BOMB)

  let budget = MAX_INFLATED_BYTES
  const kept = new Map<string, Buffer>()
  for (const e of entries) {
    if (e.name.endsWith('/')) continue
    const part = inflate(buf, e, budget)
    budget -= part.length
    if (/\.(xml|rels)$/i.test(e.name) && hasDoctype(part)) refuse(`Le document contient une déclaration DOCTYPE ou ENTITY (« ${e.name.slice(0, 60)} ») : il ne vient pas de Word et est refusé.`)
    if (e.name === '[Content_Types].xml' || e.name === 'word/document.xml') kept.set(e.name, part)
  }
  checkWordContentTypes(kept.get('[Content_Types].xml'))
  const main = kept.get('word/document.xml')
  if (!main) refuse("Ce document Word n'a pas de contenu principal (word/document.xml) : il est endommagé ou n'a pas été fait par Word.")
  return { documentXml: main.toString('utf8').replace(/^\uFEFF/, '') }
}
