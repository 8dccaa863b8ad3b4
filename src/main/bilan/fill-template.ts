import type { Mapping } from '../../shared/bilan/mapping/mapping-schema'
import type { Answers } from '../../shared/bilan/mapping/resolve-value'
import { openDocx, saveDocx } from './docx/docx-file'
import { fillDocumentXml, type FillReport } from './docx/fill'

/** Fills a Word form with the year's figures and answers: the new .docx and what could not be filled. */
export async function fillTemplate(form: Uint8Array, mapping: Mapping, answers: Answers): Promise<{ docx: Buffer; report: FillReport }> {
  const file = await openDocx(form)
  const { xml, report } = fillDocumentXml(file.documentXml, mapping, answers)
  return { docx: await saveDocx(file, xml), report }
}
