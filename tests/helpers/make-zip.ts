import { crc32, deflateRawSync } from 'node:zlib'

export interface ZipEntry {
  name: string
  content: string | Uint8Array
  /** The uncompressed size the archive declares, when it should lie about it (a bomb does). */
  declaredSize?: number
  /** Marks the entry as encrypted. */
  encrypted?: boolean
}

/**
 * A zip archive written by hand, entry by entry, deflated by zlib: fast enough to build a zip
 * bomb in a test, and able to lie about sizes as crafted archives do.
 */
export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const data = typeof e.content === 'string' ? Buffer.from(e.content, 'utf8') : Buffer.from(e.content)
    const compressed = deflateRawSync(data, { level: 9 })
    const name = Buffer.from(e.name, 'utf8')
    const size = e.declaredSize ?? data.length
    const flags = e.encrypted ? 1 : 0
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc32(data), 14)
    local.writeUInt32LE(compressed.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(flags, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc32(data), 16)
    central.writeUInt32LE(compressed.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, compressed)
    centrals.push(central, name)
    offset += local.length + name.length + compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

export const WORD_CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
export const SMALL_DOCUMENT = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Nombre de salariés :</w:t></w:r></w:p></w:body></w:document>'

/** A Word-looking archive whose parts inflate to far more than any form: declared honestly, or with `lie` small sizes. */
export function zipBomb({ lie = false } = {}): Buffer {
  const zeros = new Uint8Array(12 * 1024 * 1024)
  return makeZip([
    { name: '[Content_Types].xml', content: WORD_CONTENT_TYPES },
    { name: 'word/document.xml', content: SMALL_DOCUMENT },
    ...Array.from({ length: 10 }, (_, i) => ({ name: `word/media/image${i}.png`, content: zeros, ...(lie ? { declaredSize: 1000 } : {}) })),
  ])
}
