import { readFileSync } from 'node:fs'
import { it } from 'vitest'
import { blankInfo, findBlanks } from '../../src/main/bilan/docx/blanks'
import { openDocx } from '../../src/main/bilan/docx/docx-file'
import { parseXml } from '../../src/main/bilan/docx/xml-tree'
it('dump', async () => {
  const d = await openDocx(readFileSync(process.env.FORM!))
  for (const b of findBlanks(parseXml(d.documentXml)).map(blankInfo)) console.log(b.key, '|', b.label.slice(0, 80))
})
