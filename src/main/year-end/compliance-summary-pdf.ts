import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import type { ComplianceResult } from '../../shared/compliance'
import { REGLE_LABELS, STATUT_LABELS } from '../../shared/compliance/rule-labels'
import type { RegisterHeading } from '../../shared/registers/heading'
import { createPdf } from '../registers/pdf-fonts'

const GREY = '#e8eef5'
const COLOURS: Record<ComplianceResult['statut'], string> = { conforme: '#1b6e2a', alerte: '#8a5a00', non_conforme: '#b00020', sans_objet: '#555555' }
const number = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString('fr-FR', { maximumFractionDigits: 2 }).replace(/\u202f/g, '\u00a0'))

function rows(results: ComplianceResult[]): TableCell[][] {
  return results.map((r) => [
    { text: REGLE_LABELS[r.regle] ?? r.regle, bold: true },
    { text: STATUT_LABELS[r.statut], color: COLOURS[r.statut], bold: true },
    { text: number(r.mesure), alignment: 'right' },
    { text: number(r.seuil), alignment: 'right' },
    r.message.replace(/\u202f/g, '\u00a0'),
  ])
}

const header: TableCell[] = ['Règle', 'Statut', 'Mesure', 'Seuil', 'Constat et chiffres'].map((t) => ({ text: t, bold: true, fillColor: GREY }))

function table(results: ComplianceResult[]): Content {
  return { table: { headerRows: 1, widths: [120, 70, 45, 40, '*'], body: [header, ...rows(results)], dontBreakRows: true }, layout: 'lightHorizontalLines', fontSize: 9 }
}

/**
 * Each rule of the référentiel at the year's end: the structure's rules, then each collectif's,
 * with what was measured and the threshold, so that the CAF reads the figures behind each status.
 */
export function complianceSummaryDefinition(results: ComplianceResult[], collectifs: { id: string; nom: string }[], heading: RegisterHeading, asOf: string): TDocumentDefinitions {
  const count = (s: ComplianceResult['statut']) => results.filter((r) => r.statut === s).length
  const structure = results.filter((r) => r.collectifId === undefined)
  const content: Content[] = [
    { text: `Conformité au référentiel national Clas — ${heading.anneeScolaire}`, fontSize: 15, bold: true, margin: [0, 0, 0, 6] },
    { text: `Association : ${heading.association} — Projet : ${heading.projet}`, margin: [0, 0, 0, 2] },
    { text: `Situation au ${formatDateCourteFr(asOf)} (séances tenues jusqu'à ce jour) ; édité le ${formatDateCourteFr(heading.editeLe)}.`, fontSize: 9, margin: [0, 0, 0, 4] },
    {
      text: `${count('conforme')} conforme(s), ${count('alerte')} à surveiller, ${count('non_conforme')} non conforme(s), ${count('sans_objet')} pas encore mesurée(s).`,
      fontSize: 9, margin: [0, 0, 0, 10],
    },
    { text: "Règles de l'action", fontSize: 12, bold: true, margin: [0, 0, 0, 4] },
    table(structure),
  ]
  for (const c of collectifs) {
    const own = results.filter((r) => r.collectifId === c.id)
    if (own.length === 0) continue
    content.push({ text: `Collectif « ${c.nom} »`, fontSize: 12, bold: true, margin: [0, 10, 0, 4] }, table(own))
  }
  return {
    pageSize: 'A4',
    pageMargins: [36, 40, 36, 40],
    info: { title: `Conformité ${heading.anneeScolaire}`, author: heading.association, creator: 'Clas' },
    footer: (page: number, pages: number) => ({ text: `Page ${page} / ${pages}`, alignment: 'right', fontSize: 8, margin: [36, 12, 36, 0], color: '#555555' }),
    content,
    defaultStyle: { fontSize: 10 },
  }
}

export function complianceSummaryPdf(...args: Parameters<typeof complianceSummaryDefinition>): Promise<Buffer> {
  return createPdf(complianceSummaryDefinition(...args)).getBuffer()
}
