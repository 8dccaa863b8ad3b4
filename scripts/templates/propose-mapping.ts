/**
 * Prints the proposals for a form's blanks, as the import would make them: the starting point
 * of a built-in template's mapping.json, which is then checked by hand line by line.
 * Usage: npx tsx scripts/templates/propose-mapping.ts templates/<id>/form.docx [--exclude <id>]
 */
import { readFileSync } from 'node:fs'
import { proposeMapping } from '../../src/shared/bilan/mapping/propose'
import { isTemplateId } from '../../src/shared/bilan/questions/templates'
import { blankInfo, findBlanks } from '../../src/main/bilan/docx/blanks'
import { openDocx } from '../../src/main/bilan/docx/docx-file'
import { parseXml } from '../../src/main/bilan/docx/xml-tree'

const [file, flag, exclude] = process.argv.slice(2)
const docx = await openDocx(readFileSync(file))
const blanks = findBlanks(parseXml(docx.documentXml)).map(blankInfo)
const { mapping, proposals } = proposeMapping(blanks, { exclude: flag === '--exclude' && exclude && isTemplateId(exclude) ? exclude : undefined })
for (const p of proposals) console.error(`${p.score.toFixed(2)}  ${p.blank.slice(0, 60).padEnd(60)} → ${JSON.stringify(p.valeur)}`)
console.log(JSON.stringify(mapping, null, 2))
