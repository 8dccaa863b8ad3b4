import { attendanceSummary, attendanceTable } from '../../shared/registers/attendance-table'
import { sortFr } from '../../shared/domain/french-order'
import { attendanceSummaryXlsx } from '../registers/attendance-summary-xlsx'
import { registerPdf } from '../registers/register-pdf'
import { registerXlsx } from '../registers/register-xlsx'
import type { ClosingInput } from './closing-input'
import { done, type ClosingPart } from './closing-part'
import { closingNames, collectifSlugs } from './file-names'

/** Each collectif's register (.xlsx) and feuilles d'émargement (PDF), from the year's first day to the as-of date. */
export function registerParts(input: ClosingInput): ClosingPart[] {
  const { doc, asOf, heading } = input
  const annee = doc.anneeScolaire
  const collectifs = sortFr([...doc.collectifs], (c) => c.nom)
  const slugs = collectifSlugs(collectifs)
  // Two parts per collectif: the progress bar moves more often, and the benchmark tells the sheets from the PDFs.
  return collectifs.flatMap((c): ClosingPart[] => {
    const slug = slugs.get(c.id)!
    const table = () => attendanceTable(doc, c.id, annee.debut, asOf)
    return [
      {
        id: `registre-${slug}`,
        libelle: `Registre — ${c.nom}`,
        build: async () =>
          done({ chemin: `registres/registre-${slug}-${annee.libelle}.xlsx`, description: `Registre de présence du collectif « ${c.nom} » pour l'année (tableur).`, bytes: await registerXlsx(table(), heading) }),
      },
      {
        id: `emargement-${slug}`,
        libelle: `Feuilles d'émargement — ${c.nom}`,
        build: async () =>
          done({ chemin: `registres/emargement-${slug}-${annee.libelle}.pdf`, description: `Feuilles d'émargement du collectif « ${c.nom} », une page par séance tenue (PDF).`, bytes: await registerPdf(table(), heading) }),
      },
    ]
  })
}

export function attendancePart(input: ClosingInput): ClosingPart {
  return {
    id: 'assiduite',
    libelle: 'Assiduité par enfant (.xlsx)',
    build: async () =>
      done({
        chemin: closingNames(input.doc.anneeScolaire.libelle).assiduite,
        description: "L'assiduité de l'année par enfant : séances tenues pendant l'inscription, présences, absences, taux (tableur).",
        bytes: await attendanceSummaryXlsx(attendanceSummary(input.doc, input.asOf), input.heading),
      }),
  }
}
