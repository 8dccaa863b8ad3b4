import { crc32, inflateRawSync } from 'node:zlib'

/** How a caller names its file in the refusals, and how it refuses (its own error type). */
export interface SafeZipOptions {
  maxInflated: number
  maxEntries: number
  /** « Le fichier .docx », « Le fichier Excel »: how the messages name the file. */
  fichier: string
  /** « un formulaire de bilan », « une liste d'enfants »: what such a file is. */
  nature: string
  /** « de Word », « d'Excel »: where a genuine file comes from. */
  origine: string
  /** Throws the caller's error; `reason` lets it word a damaged file its own usual way. */
  refuse: (message: string, reason: ZipRefusal) => never
}

/** Why an archive is refused: broken, too big once inflated (a bomb), entity declarations, password, too many parts. */
export type ZipRefusal = 'damaged' | 'bomb' | 'entity' | 'password' | 'too_many'

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

export const startsLikeZip = (buf: Buffer) => buf.length >= 4 && buf.readUInt32LE(0) === SIG_LOCAL

function findEnd(buf: Buffer): number {
  // The end record sits in the last 22 bytes plus at most a 64 kB comment.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) if (buf.readUInt32LE(i) === SIG_END) return i
  return -1
}

function readEntries(buf: Buffer, o: SafeZipOptions): Entry[] {
  const end = findEnd(buf)
  if (end < 0) o.refuse(`${o.fichier} est incomplet ou endommagé (fin de l'archive introuvable).`, 'damaged')
  const count = buf.readUInt16LE(end + 10)
  const dirSize = buf.readUInt32LE(end + 12)
  const dirOffset = buf.readUInt32LE(end + 16)
  if (buf.readUInt16LE(end + 4) !== 0 || buf.readUInt16LE(end + 6) !== 0) o.refuse(`Le fichier est une archive en plusieurs morceaux : ce n'est pas ${o.nature}.`, 'damaged')
  if (count === 0xffff || dirOffset === 0xffffffff) o.refuse(`Le fichier est une archive géante (zip64) : ce n'est pas ${o.nature}.`, 'damaged')
  if (count > o.maxEntries) o.refuse(`Le document contient ${count} fichiers internes (${o.maxEntries} au plus) : ce n'est pas ${o.nature}.`, 'too_many')
  if (dirOffset + dirSize > end) o.refuse(`${o.fichier} est endommagé (sommaire de l'archive hors du fichier).`, 'damaged')
  const entries: Entry[] = []
  let p = dirOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== SIG_CENTRAL) o.refuse(`${o.fichier} est endommagé (sommaire de l'archive illisible).`, 'damaged')
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
function compressedData(buf: Buffer, e: Entry, o: SafeZipOptions): Buffer {
  const at = e.localOffset
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== SIG_LOCAL) o.refuse(`${o.fichier} est endommagé (« ${e.name.slice(0, 60)} » introuvable).`, 'damaged')
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28)
  if (start + e.compressedSize > buf.length) o.refuse(`${o.fichier} est tronqué (« ${e.name.slice(0, 60)} » incomplet).`, 'damaged')
  return buf.subarray(start, start + e.compressedSize)
}

const bomb = (o: SafeZipOptions) => `Le document décompressé dépasserait ${o.maxInflated / 1024 / 1024} Mo : ce n'est pas ${o.nature}, il est refusé (archive piégée ?).`

/**
 * Inflates one entry with a hard ceiling: inflation stops at `budget` bytes whatever the
 * archive declares, so a lying size or a bomb never gets to fill the memory.
 */
function inflate(buf: Buffer, e: Entry, budget: number, o: SafeZipOptions): Buffer {
  if (e.flags & 0x1) o.refuse('Le document est protégé par un mot de passe : enregistrez-en une copie sans mot de passe, puis importez-la.', 'password')
  const data = compressedData(buf, e, o)
  let out: Buffer
  if (e.method === 0) {
    out = data
  } else if (e.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(e.size, budget) + 1) })
    } catch (error) {
      // Past the size it declares (which the budget already allows for): the archive lies, as bombs do.
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        o.refuse(`« ${e.name.slice(0, 60)} » est plus gros une fois décompressé que ce que l'archive annonce : fichier piégé ou endommagé, il est refusé.`, 'bomb')
      }
      return o.refuse(`${o.fichier} est endommagé (« ${e.name.slice(0, 60)} » ne se décompresse pas).`, 'damaged')
    }
  } else {
    return o.refuse(`Le document utilise une compression inconnue ${o.origine} (méthode ${e.method}) : il est refusé.`, 'damaged')
  }
  if (out.length > budget) o.refuse(bomb(o), 'bomb')
  if (out.length !== e.size || crc32(out) !== e.crc) o.refuse(`${o.fichier} est endommagé (« ${e.name.slice(0, 60)} » ne correspond pas à ce que l'archive annonce).`, 'damaged')
  return out
}

/** Entity declarations are how « billion laughs » attacks come in; Office files never have any. */
function hasDoctype(part: Buffer): boolean {
  return ['<!DOCTYPE', '<!ENTITY'].some((s) => part.includes(s, 0, 'utf8') || part.includes(s, 0, 'utf16le'))
}

/**
 * Every part of the archive, inflated and checked: the number of parts, their real inflated size
 * (a bomb stops at `maxInflated` while inflating), their checksums, no DOCTYPE or entity in an
 * XML part. `keep` says which parts to hand back (the others are checked, then dropped).
 */
export function inflateZipSafely(buf: Buffer, o: SafeZipOptions, keep: (name: string) => boolean = () => true): Map<string, Buffer> {
  const entries = readEntries(buf, o)
  if (entries.reduce((n, e) => n + e.size, 0) > o.maxInflated) o.refuse(bomb(o), 'bomb')
  let budget = o.maxInflated
  const kept = new Map<string, Buffer>()
  for (const e of entries) {
    if (e.name.endsWith('/')) continue
    const part = inflate(buf, e, budget, o)
    budget -= part.length
    if (/\.(xml|rels)$/i.test(e.name) && hasDoctype(part)) o.refuse(`Le document contient une déclaration DOCTYPE ou ENTITY (« ${e.name.slice(0, 60)} ») : il ne vient pas ${o.origine} et est refusé.`, 'entity')
    if (keep(e.name)) kept.set(e.name, part)
  }
  return kept
}
