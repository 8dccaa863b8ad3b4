import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeZip, SMALL_DOCUMENT, WORD_CONTENT_TYPES, zipBomb } from '../../../../tests/helpers/make-zip'
import { DocxError } from '../docx/docx-error'
import { MAX_ENTRIES, MAX_INFLATED_BYTES, readDocxSafely } from './read-docx-safely'
import { findBuiltinTemplatesFolder } from './templates-folder'

const form = () => readFileSync(join(findBuiltinTemplatesFolder(), 'caf01-2025-2026', 'form.docx'))
const word = (more: { name: string; content: string }[] = [], document: string | null = SMALL_DOCUMENT) =>
  makeZip([{ name: '[Content_Types].xml', content: WORD_CONTENT_TYPES }, ...(document === null ? [] : [{ name: 'word/document.xml', content: document }]), ...more])

function refusal(bytes: Uint8Array): string {
  try {
    readDocxSafely(bytes)
  } catch (error) {
    expect(error).toBeInstanceOf(DocxError)
    return (error as Error).message
  }
  throw new Error('accepted')
}

describe('readDocxSafely', () => {
  it('reads the main part of a real form', () => {
    const { documentXml } = readDocxSafely(form())
    expect(documentXml).toMatch(/^<\?xml/)
    expect(documentXml).toContain('Nombre de salariés')
  })

  it('reads a small Word document made elsewhere', () => {
    expect(readDocxSafely(word()).documentXml).toBe(SMALL_DOCUMENT)
  })

  it('refuses what is not a zip, saying what it is when it can', () => {
    expect(refusal(Buffer.from('ceci n’est pas un document'))).toMatch(/n'est pas un document Word \(\.docx\)/)
    expect(refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(100).fill(0)]))).toMatch(/ancien format \(\.doc\).*enregistrez-le au format \.docx/)
    expect(refusal(Buffer.from('%PDF-1.7\n' + 'x'.repeat(100)))).toMatch(/PDF/)
    expect(refusal(new Uint8Array())).toMatch(/vide/)
  })

  it('refuses a file too big before reading it', () => {
    expect(refusal(new Uint8Array(20 * 1024 * 1024 + 1))).toMatch(/pèse 20\.0 Mo.*20 Mo au plus/)
  })

  it('refuses a zip that is not a Word document, or one without its main part', () => {
    expect(refusal(makeZip([{ name: 'notes.txt', content: 'bonjour' }]))).toMatch(/archive mais pas un document Word/)
    expect(refusal(makeZip([{ name: '[Content_Types].xml', content: WORD_CONTENT_TYPES.replace('wordprocessingml.document', 'spreadsheetml.sheet') }, { name: 'xl/workbook.xml', content: '<workbook/>' }]))).toMatch(/classeur Excel/)
    expect(refusal(word([{ name: 'word/styles.xml', content: '<w:styles/>' }], null))).toMatch(/pas de contenu principal \(word\/document\.xml\)/)
  })

  it('refuses an archive of too many parts', () => {
    const parts = Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => ({ name: `word/media/p${i}.xml`, content: '<p/>' }))
    expect(refusal(word(parts))).toMatch(new RegExp(`${MAX_ENTRIES + 3} fichiers internes \\(${MAX_ENTRIES} au plus\\)`))
  })

  it('refuses a zip bomb by the sizes it declares, before inflating', () => {
    const bomb = zipBomb()
    expect(bomb.length).toBeLessThan(1024 * 1024)
    expect(refusal(bomb)).toMatch(new RegExp(`dépasserait ${MAX_INFLATED_BYTES / 1024 / 1024} Mo`))
  })

  it('stops inflating a bomb that lies about its sizes as soon as it passes them', () => {
    const bomb = zipBomb({ lie: true })
    const started = performance.now()
    expect(refusal(bomb)).toMatch(/« word\/media\/image0\.png » est plus gros une fois décompressé que ce que l'archive annonce/)
    // Stopped at the first kilobyte past the lie, not after inflating 120 MB.
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('refuses a damaged part: a size or a checksum that does not match, a cut file', () => {
    const bigger = makeZip([{ name: '[Content_Types].xml', content: WORD_CONTENT_TYPES }, { name: 'word/document.xml', content: SMALL_DOCUMENT, declaredSize: 400_000 }])
    expect(refusal(bigger)).toMatch(/« word\/document\.xml » ne correspond pas à ce que l'archive annonce/)
    const good = word()
    expect(refusal(good.subarray(0, good.length - 30))).toMatch(/endommagé/)
  })

  it('refuses a DOCTYPE or an entity in any XML part (billion laughs)', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    expect(refusal(word([], SMALL_DOCUMENT.replace('<?xml version="1.0"?>', laughs)))).toMatch(/DOCTYPE ou ENTITY.*word\/document\.xml/)
    expect(refusal(word([{ name: 'word/styles.xml', content: `${laughs}<w:styles/>` }]))).toMatch(/DOCTYPE ou ENTITY.*word\/styles\.xml/)
  })

  it('refuses a document protected by a password', () => {
    expect(refusal(makeZip([{ name: '[Content_Types].xml', content: WORD_CONTENT_TYPES, encrypted: true }]))).toMatch(/mot de passe/)
  })
})
