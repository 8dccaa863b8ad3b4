export type Encodage = 'utf-8' | 'windows-1252' | 'utf-16le'

/**
 * Text files of associations come from Excel: UTF-8 with or without a BOM, « CSV (séparateur :
 * point-virgule) » in Windows-1252, or « Texte Unicode » in UTF-16. Bytes that are not valid
 * UTF-8 are Windows-1252: every byte means something there, so this never fails.
 */
export function decodeText(bytes: Uint8Array): { text: string; encodage: Encodage } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encodage: 'utf-16le' }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encodage: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(body), encodage: 'windows-1252' }
  }
}

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F, where it puts « œ », « € », « ’ »… Node's
 * TextDecoder('windows-1252') decodes these bytes as Latin-1 control characters on some
 * versions (20 among them), losing the « œ » of « Cœur »: that range is mapped here.
 */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b)
  return out
}
