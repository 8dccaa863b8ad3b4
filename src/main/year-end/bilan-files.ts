import { fillTemplate } from '../bilan/fill-template'
import { docxToPdf } from '../bilan/pdf/bilan-pdf'
import { PdfError } from '../bilan/pdf/libreoffice'
import { bilanFileName } from '../reads/bilan-inputs'
import type { ClosingInput } from './closing-input'
import { done, type ClosingPart } from './closing-part'
import { closingNames } from './file-names'

/** The filled form, shared by the .docx part and the PDF part (the PDF is the same document converted). */
export function bilanParts(input: ClosingInput, { pdf }: { pdf: boolean }): ClosingPart[] {
  const names = closingNames(input.doc.anneeScolaire.libelle)
  let filled: Promise<Buffer> | null = null
  const docx = () => (filled ??= fillTemplate(input.template.form, input.template.mapping, input.answers).then((r) => r.docx))
  const parts: ClosingPart[] = [
    {
      id: 'bilan-docx',
      libelle: 'Bilan rempli (.docx)',
      build: async () => done({ chemin: names.bilan('docx'), description: `Le bilan rempli sur le formulaire « ${input.template.titre} » (Word).`, bytes: await docx() }),
    },
  ]
  if (!pdf) return parts
  parts.push({
    id: 'bilan-pdf',
    libelle: 'Bilan rempli (PDF)',
    build: async () => {
      const title = bilanFileName(input.doc.anneeScolaire.libelle, input.doc.structure.nom, 'pdf').replace(/\.pdf$/, '')
      try {
        const { pdf: bytes } = await docxToPdf(await docx(), title)
        return done({ chemin: names.bilan('pdf'), description: 'Le même bilan en PDF, prêt à joindre.', bytes })
      } catch (error) {
        // The .docx is there: a machine without LibreOffice nor Chromium still gets its folder.
        if (error instanceof PdfError) return { fichiers: [], avertissements: [`Bilan en PDF non produit : ${error.message}`] }
        throw error
      }
    },
  })
  return parts
}
