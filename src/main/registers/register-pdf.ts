import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatDateCourteFr, formatDateFr } from '../../shared/calendar/dates'
import { NIVEAU_LABELS, PRESENCE_LABELS, STATUT_INTERVENANT_LABELS, type Niveau } from '../../shared/domain/lists'
import type { AttendanceTable, Mark } from '../../shared/registers/attendance-table'
import { horaires, periodeFr } from '../../shared/registers/format'
import { formatDuree } from '../../shared/text/duration'
import type { RegisterHeading } from '../../shared/registers/heading'
import { createPdf } from './pdf-fonts'

const MARK_LABEL: Record<Exclude<Mark, ''>, string> = { P: PRESENCE_LABELS.present, A: PRESENCE_LABELS.absent, E: PRESENCE_LABELS.excuse }
const GREY = '#e8eef5'
type Seance = AttendanceTable['seances'][number]
type Person = Seance['intervenants'][number]

const th = (text: string): TableCell => ({ text, bold: true, fillColor: GREY })
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function lieuText(table: AttendanceTable): string {
  return table.lieu ? [table.lieu.nom, table.lieu.adresse, table.lieu.commune].filter(Boolean).join(', ') : 'non renseigné'
}

/** Association, collectif, lieu, date and horaires: what a controller reads first. */
function seanceHeading(table: AttendanceTable, heading: RegisterHeading, s: Seance): Content {
  const line = (label: string, value: string): TableCell[] => [{ text: label, bold: true }, value]
  return [
    { text: `Feuille d'émargement — ${capitalised(formatDateFr(s.date))}`, style: 'title' },
    {
      table: {
        widths: [90, '*'],
        body: [
          line('Association', heading.association),
          line('Projet', `${heading.projet} (Clas, année scolaire ${heading.anneeScolaire})`),
          line('Collectif', table.collectif.nom),
          line('Lieu', lieuText(table)),
          line('Date et horaires', `${formatDateCourteFr(s.date)}, de ${horaires(s).replace(' – ', ' à ')} (${formatDuree(s.dureeMinutes)})`),
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 8],
    },
  ]
}

/** The children of one séance: those enrolled that day, and any marked (a register hides no mark). */
function childrenTable(table: AttendanceTable, k: number): Content {
  const rows = table.enfants.filter((e) => e.cells[k].enrolled || e.cells[k].mark !== '')
  const body: TableCell[][] = [[th('N°'), th('Nom'), th('Prénom'), th('Niveau'), th('Présence')]]
  rows.forEach((e, n) => {
    const c = e.cells[k]
    const presence = c.mark === '' ? '' : c.enrolled ? MARK_LABEL[c.mark] : `${MARK_LABEL[c.mark]} (hors inscription)`
    body.push([String(n + 1), e.nom, e.prenom, NIVEAU_LABELS[e.niveau as Niveau] ?? e.niveau, { text: presence, bold: c.mark === 'P' }])
  })
  if (rows.length === 0) body.push([{ text: 'Aucun enfant inscrit ce jour-là.', colSpan: 5, italics: true }, '', '', '', ''])
  return { table: { headerRows: 1, widths: [18, '*', '*', 42, 70], body, dontBreakRows: true }, layout: 'lightHorizontalLines' }
}

function countsLine(s: Seance): Content {
  const parts = [`Inscrits ce jour : ${s.inscrits}`, `présents : ${s.presents}`, `absents : ${s.absents}`, `excusés : ${s.excuses}`]
  if (s.nonSaisis) parts.push(`non saisis : ${s.nonSaisis}`)
  return { text: parts.join(' · '), margin: [0, 6, 0, 0], fontSize: 9 }
}

/** The adults of the séance, each with room to sign; one blank line for an adult not recorded. */
function signaturesTable(table: AttendanceTable, s: Seance): Content {
  const recorded = s.intervenants.length > 0
  const people: Person[] = recorded ? s.intervenants : table.collectif.equipe
  const body: TableCell[][] = [[th('Intervenant'), th('Statut'), th('Signature')]]
  for (const p of people) body.push([`${p.prenom} ${p.nom}`, { text: STATUT_INTERVENANT_LABELS[p.statut], fontSize: 8 }, ''])
  body.push(['', '', ''])
  return [
    { text: 'Intervenants présents', style: 'subtitle' },
    ...(recorded ? [] : [{ text: "Aucun intervenant n'est noté pour cette séance : l'équipe habituelle du collectif est proposée.", italics: true, fontSize: 8, margin: [0, 0, 0, 4] } as Content]),
    {
      table: { headerRows: 1, widths: [105, 78, '*'], heights: (row: number) => (row === 0 ? 14 : 34), body, dontBreakRows: true },
      layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6, hLineColor: () => '#777777', vLineColor: () => '#777777' },
    },
  ]
}

function seancePage(table: AttendanceTable, heading: RegisterHeading, s: Seance, k: number): Content {
  return [
    seanceHeading(table, heading, s),
    {
      columns: [
        { width: '*', stack: [{ text: 'Enfants', style: 'subtitle' }, childrenTable(table, k), countsLine(s)] },
        { width: 330, stack: [signaturesTable(table, s)] },
      ],
      columnGap: 22,
    },
  ]
}

function cancelledPage(table: AttendanceTable): Content {
  return [
    { text: `Séances annulées — ${periodeFr(table.from, table.to)}`, style: 'title' },
    {
      table: {
        headerRows: 1,
        widths: [150, 90, '*'],
        body: [[th('Date'), th('Heure'), th('Motif')], ...table.annulees.map((a) => [capitalised(formatDateFr(a.date)), a.heureDebut, a.motif ?? 'non renseigné'])],
      },
      layout: 'lightHorizontalLines',
    },
  ]
}

/** One page per held séance (landscape A4), then the cancelled séances of the period. */
export function registerPdfDefinition(table: AttendanceTable, heading: RegisterHeading): TDocumentDefinitions {
  const pages: Content[] = table.seances.map((s, k) => seancePage(table, heading, s, k))
  if (pages.length === 0) {
    pages.push([{ text: `Feuille d'émargement — ${table.collectif.nom}`, style: 'title' }, `Aucune séance tenue ${periodeFr(table.from, table.to)}.`])
  }
  if (table.annulees.length) pages.push(cancelledPage(table))
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 44, 36, 40],
    info: { title: `Feuille d'émargement — ${table.collectif.nom} — ${periodeFr(table.from, table.to)}`, author: heading.association, creator: 'Clas' },
    header: () => ({
      columns: [
        { text: `${heading.association} — ${table.collectif.nom}`, alignment: 'left' },
        { text: `Feuilles d'émargement ${periodeFr(table.from, table.to)}`, alignment: 'right' },
      ],
      margin: [36, 18, 36, 0],
      fontSize: 8,
      color: '#555555',
    }),
    footer: (page: number, count: number) => ({
      columns: [
        { text: `Édité le ${formatDateCourteFr(heading.editeLe)} avec Clas`, alignment: 'left' },
        { text: `Page ${page} / ${count}`, alignment: 'right' },
      ],
      margin: [36, 12, 36, 0],
      fontSize: 8,
      color: '#555555',
    }),
    content: pages.map((p, i) => (i === 0 ? p : { stack: [p], pageBreak: 'before' })),
    styles: {
      title: { fontSize: 15, bold: true, margin: [0, 0, 0, 8] },
      subtitle: { fontSize: 11, bold: true, margin: [0, 0, 0, 4] },
    },
    defaultStyle: { fontSize: 10 },
  }
}

export function registerPdf(table: AttendanceTable, heading: RegisterHeading): Promise<Buffer> {
  return createPdf(registerPdfDefinition(table, heading)).getBuffer()
}
