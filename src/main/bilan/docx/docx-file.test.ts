import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeZip, SMALL_DOCUMENT, WORD_CONTENT_TYPES, zipBomb } from '../../../../tests/helpers/make-zip'
import { inflateZipSafely } from '../../zip/inflate-zip-safely'
import { findBuiltinTemplatesFolder } from '../templates/templates-folder'
import { DocxError, openDocx, saveDocx } from './docx-file'

const form = () => readFileSync(join(findBuiltinTemplatesFolder(), 'caf01-2025-2026', 'form.docx'))
const parts = (bytes: Uint8Array) =>
  inflateZipSafely(Buffer.from(bytes), { maxInflated: 1e9, maxEntries: 1e4, fichier: 'f', nature: 'n', origine: 'o', refuse: (m) => { throw new Error(m) } })

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await openDocx(bytes).then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(DocxError)
  return (error as Error).message
}

describe('openDocx / saveDocx', () => {
  it('opens a real form and writes it back with only its main part changed', async () => {
    const bytes = form()
    const file = await openDocx(bytes)
    expect(file.documentXml).toContain('Nombre de salariés')
    const changed = file.documentXml.replace('Nombre de salariés', 'Nombre de salariés (rempli)')
    const saved = await saveDocx(file, changed)
    const before = parts(bytes)
    const after = parts(saved)
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    for (const [name, part] of before) {
      if (name === 'word/document.xml') expect(after.get(name)!.toString('utf8')).toBe(changed)
      else expect(after.get(name)!.equals(part), name).toBe(true)
    }
    expect((await openDocx(saved)).documentXml).toBe(changed)
  })

  it('refuses through the safe zip reader what is not a Word file or is built to hurt', async () => {
    expect(await refusal(Buffer.from('pas un document'))).toMatch(/n'est pas un document Word/)
    expect(await refusal(zipBomb())).toMatch(/dépasserait .* Mo/)
    const doctype = makeZip([{ name: '[Content_Types].xml', content: WORD_CONTENT_TYPES }, { name: 'word/document.xml', content: `<!DOCTYPE x [<!ENTITY a "b">]>${SMALL_DOCUMENT}` }])
    expect(await refusal(doctype)).toMatch(/DOCTYPE ou ENTITY/)
  })
})
