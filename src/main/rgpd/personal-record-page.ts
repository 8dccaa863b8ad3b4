import { formatDateCourteFr } from '../../shared/calendar/dates'
import {
  FORMAT_ACTION_PARENTS_LABELS, NIVEAU_LABELS, OBJECTIF_PARENTS_LABELS, ORIGINE_INSCRIPTION_LABELS, PRESENCE_LABELS, SITUATION_LABELS,
} from '../../shared/domain/lists'

type Row = Record<string, unknown>

const esc = (v: unknown): string => String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const label = (labels: Record<string, string>, v: unknown) => (typeof v === 'string' ? (labels[v] ?? v) : '')
const date = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDateCourteFr(v) : typeof v === 'string' ? v : '')
const ouiNon = (v: unknown) => (v === true ? 'oui' : v === false ? 'non' : '')

function fields(rows: [string, string][]): string {
  const kept = rows.filter(([, v]) => v !== '')
  return kept.length ? `<dl>${kept.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>` : '<p>Rien d’enregistré.</p>'
}

function table(caption: string, head: string[], rows: string[][]): string {
  if (rows.length === 0) return `<h2>${esc(caption)}</h2><p>Aucune.</p>`
  return `<h2>${esc(caption)}</h2><table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`
}

function famille(f: Row | null | undefined): string {
  if (!f) return ''
  return `<h2>La famille</h2>${fields([
    ['Nom', String(f.nom ?? '')], ['Téléphone', String(f.telephone ?? '')], ['E-mail', String(f.email ?? '')],
    ['Habite en quartier prioritaire', ouiNon(f.quartierPrioritaire)], ['Langue parlée à la maison', String(f.langueParlee ?? '')],
    ['Besoin d’un interprète', ouiNon(f.besoinInterprete)],
  ])}`
}

function enfant(r: Row, titre: string, level: 'h2' | 'h3'): string {
  const e = (r.enfant ?? {}) as Row
  const inscriptions = (r.inscriptions ?? []) as Row[]
  const presences = (r.presences ?? []) as Row[]
  const h = (t: string) => `<${level}>${esc(t)}</${level}>`
  return [
    h(titre),
    fields([
      ['Prénom', String(e.prenom ?? '')], ['Nom', String(e.nom ?? '')], ['Date de naissance', date(e.dateNaissance)],
      ['Sexe', e.sexe === 'F' ? 'fille' : e.sexe === 'M' ? 'garçon' : ''], ['Niveau scolaire', label(NIVEAU_LABELS, e.niveau)],
      ['Établissement', String(e.etablissement ?? '')], ['Inscrit à la demande de', label(ORIGINE_INSCRIPTION_LABELS, e.origineInscription)],
      ['Situations notées', Array.isArray(e.situations) ? e.situations.map((s) => label(SITUATION_LABELS, s)).join(', ') : ''],
    ]),
    table('Inscriptions', ['Année scolaire', 'Collectif', 'Du', 'Au'], inscriptions.map((i) => [String(i.anneeScolaire ?? ''), String(i.collectif ?? ''), date(i.du), date(i.au)])),
    table('Présences aux séances', ['Date', 'Heure', 'Collectif', 'Présence'], presences.map((p) => [date(p.date), String(p.heure ?? ''), String(p.collectif ?? ''), label(PRESENCE_LABELS, p.statut)])),
  ].join('\n')
}

/**
 * The right-of-access record as a page a family can read and print: the same data as the JSON
 * file given beside it, with the app's words instead of codes and dates as written in France.
 */
export function personalRecordPage(document: Row & { association: string | null; exporteLe: string }, qui: string): string {
  const body =
    'enfant' in document
      ? [enfant(document, 'L’enfant', 'h2'), famille(document.famille as Row | null)].join('\n')
      : [
          famille(document.famille as Row),
          ...((document.enfants ?? []) as Row[]).map((r) => enfant(r, `${String((r.enfant as Row)?.prenom ?? '')} ${String((r.enfant as Row)?.nom ?? '')}`.trim(), 'h2')),
          table('Actions avec les parents', ['Date', 'Intitulé', 'Format', 'Objectifs'], ((document.actionsAvecLesParents ?? []) as Row[]).map((a) => [
            date(a.date), String(a.intitule ?? ''), label(FORMAT_ACTION_PARENTS_LABELS, a.format),
            Array.isArray(a.objectifs) ? a.objectifs.map((o) => label(OBJECTIF_PARENTS_LABELS, o)).join(', ') : '',
          ])),
        ].join('\n')
  const archives = ((document.archives ?? []) as Row[]).map((a) => {
    const titre = `Telles qu’archivées avec l’année ${String(a.anneeScolaire ?? '')} (lecture seule)`
    return 'enfant' in a
      ? [`<h2>${esc(titre)}</h2>`, enfant(a, 'L’enfant', 'h3')].join('\n')
      : [`<h2>${esc(titre)}</h2>`, famille(a.famille as Row | null),
          ...((a.enfants ?? []) as Row[]).map((r) => enfant(r, `${String((r.enfant as Row)?.prenom ?? '')} ${String((r.enfant as Row)?.nom ?? '')}`.trim(), 'h3'))].join('\n')
  })
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Données personnelles — ${esc(qui)}</title>
<style>
body { font: 11pt/1.45 system-ui, sans-serif; color: #1b2430; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; } h2 { font-size: 1.15rem; margin: 1.6rem 0 0.5rem; border-bottom: 1px solid #ccd3dd; }
dl { display: grid; grid-template-columns: 14rem 1fr; gap: 0.25rem 1rem; margin: 0; } dt { color: #4a5568; } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid #e2e6ec; }
.muted { color: #4a5568; } @media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
</style></head><body>
<h1>Données personnelles — ${esc(qui)}</h1>
<p class="muted">Tout ce que ${esc(document.association ?? 'l’association')} enregistre dans son application Clas, extrait le ${esc(date(document.exporteLe))}.
Le fichier JSON remis avec cette page contient les mêmes données, lisibles par un ordinateur.</p>
${body}
${archives.join('\n')}
</body></html>
`
}
