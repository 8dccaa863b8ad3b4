import { sortFr } from '../../shared/domain/french-order'
import { compteRenduPdf } from '../budget/compte-rendu-pdf'
import { compteRenduXlsx } from '../budget/compte-rendu-xlsx'
import { aideSaisiePdf } from './aide-saisie-pdf'
import { aideSaisieRows } from './aide-saisie-rows'
import { aideSaisieXlsx } from './aide-saisie-xlsx'
import { bilanParts } from './bilan-files'
import type { ClosingInput } from './closing-input'
import { done, type ClosingPart } from './closing-part'
import { complianceSummaryPdf } from './compliance-summary-pdf'
import { closingNames } from './file-names'
import { attendancePart, registerParts } from './register-files'

export interface PartsOptions {
  /** Convert the bilan to PDF (LibreOffice or Chromium): the slow part, left out by the benchmark. */
  pdf: boolean
}

/** Every part of the closing folder, in the order README.txt lists them. */
export function closingParts(input: ClosingInput, options: PartsOptions): ClosingPart[] {
  const annee = input.doc.anneeScolaire.libelle
  const names = closingNames(annee)
  const { heading, asOf } = input
  const budget = input.budget
  return [
    ...bilanParts(input, options),
    ...registerParts(input),
    attendancePart(input),
    {
      id: 'conformite',
      libelle: 'Conformité au référentiel (PDF)',
      build: async () =>
        done({
          chemin: names.conformite,
          description: "L'état de chaque règle du référentiel national Clas à la fin de l'année, avec les chiffres qui le fondent (PDF).",
          bytes: await complianceSummaryPdf(input.compliance, sortFr([...input.doc.collectifs], (c) => c.nom), heading, asOf),
        }),
    },
    {
      id: 'aide-saisie',
      libelle: 'Aide à la saisie (.xlsx et PDF)',
      build: async () => {
        const lines = aideSaisieRows(input.answers)
        const [xlsx, pdf] = await Promise.all([aideSaisieXlsx(lines, heading, asOf), aideSaisiePdf(lines, heading, asOf)])
        const what = 'Chaque chiffre du bilan avec son libellé, rangé comme le bilan, pour remplir les questionnaires en ligne de la CAF (ESPADA, AFAS)'
        return done({ chemin: names.aideSaisie('xlsx'), description: `${what} (tableur).`, bytes: xlsx }, { chemin: names.aideSaisie('pdf'), description: `${what} (PDF).`, bytes: pdf })
      },
    },
    {
      id: 'compte-rendu',
      libelle: 'Compte rendu financier (.xlsx et PDF)',
      build: async () => {
        if (!budget) return { fichiers: [], avertissements: ["Compte rendu financier non produit : aucun budget n'est saisi pour cette année (écran « Budget de l'action »)."] }
        const [xlsx, pdf] = await Promise.all([compteRenduXlsx(budget, heading), compteRenduPdf(budget, heading)])
        const what = "Le compte rendu financier de l'action : prévisionnel, réalisé et écarts"
        return done({ chemin: names.compteRendu('xlsx'), description: `${what} (tableur).`, bytes: xlsx }, { chemin: names.compteRendu('pdf'), description: `${what} (PDF).`, bytes: pdf })
      },
    },
    {
      id: 'echange',
      libelle: "Document d'échange (JSON)",
      build: () =>
        Promise.resolve(
          done({
            chemin: names.echange,
            description: "Toutes les données de l'année au format d'échange Clas (JSON) : l'archive, que Clas sait relire (« clas import »).",
            bytes: Buffer.from(`${JSON.stringify(input.doc, null, 2)}\n`, 'utf8'),
          }),
        ),
    },
  ]
}
