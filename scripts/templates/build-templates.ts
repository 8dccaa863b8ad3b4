// Writes templates/<id>/form.docx and template.json for each bilan form, rebuilt from the form's
// text (templates/<id>/source.txt). Deterministic: re-running it gives the same bytes.
//   npx tsx scripts/templates/build-templates.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FORMS } from './forms/index.js'
import { SourceLines, packDeterministic, type FormModule } from './parts.js'

export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates')

export async function buildTemplate(form: FormModule, dir = join(TEMPLATES_DIR, form.meta.id)): Promise<Buffer> {
  const source = new SourceLines(readFileSync(join(dir, 'source.txt'), 'utf8'))
  return packDeterministic(form.build(source), form.savedAt)
}

async function main(): Promise<void> {
  // All four, always, in FORMS order: see forms/index.ts.
  for (const form of FORMS) {
    const dir = join(TEMPLATES_DIR, form.meta.id)
    const docx = await buildTemplate(form, dir)
    writeFileSync(join(dir, 'form.docx'), docx)
    writeFileSync(join(dir, 'template.json'), JSON.stringify(form.meta, null, 2) + '\n')
    console.log(`${form.meta.id}/form.docx  ${docx.length} octets`)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
