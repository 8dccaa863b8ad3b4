import { sortFr } from '../../domain/french-order'
import { TYPE_ETABLISSEMENT_LABELS, TYPE_LOCAL_LABELS, TYPES_LOCAL } from '../../domain/lists'
import { plural } from './numbers'
import type { FigureRow, FigureSink, FigureValue } from './types'
import type { YearData } from './year-data'

const joined = (...parts: (string | undefined)[]) => parts.map((p) => p?.trim()).filter(Boolean).join(', ')
const orNull = (s: string | undefined) => (s?.trim() ? s.trim() : null)

/** true when one flag is true, false when flags are entered and none is, null when none is entered. */
function anyFlag(flags: (boolean | undefined)[]): FigureValue {
  const entered = flags.filter((f) => f !== undefined)
  return entered.length === 0 ? null : entered.some(Boolean)
}

/**
 * `lieux[i]`, `etablissements[i]`: the territorial synthesis. The places are those of the
 * collectifs that ran; the schools are theirs plus the schools of the enrolled children (a
 * collège group often takes pupils of several collèges: each is « concerné »). `description`
 * holds everything in one line, for forms that give one cell to « nom, adresse, mail »; the
 * `territoire.*` scalars are the same lists in one blank, and the ticks some forms ask for
 * (nature of the premises, REP, politique de la ville).
 */
export function territoireFigures(data: YearData, out: FigureSink): void {
  const { doc, activeCollectifs, enrolled } = data
  const lieuIds = new Set(activeCollectifs.map((c) => c.lieuId))
  const lieux = sortFr(doc.lieux.filter((l) => lieuIds.has(l.id)), (l) => l.nom)
  const lieuxSource = activeCollectifs.length === 0 ? 'aucune séance tenue' : `lieux des ${plural(activeCollectifs.length, 'collectif tenu', 'collectifs tenus')}, saisis avec les collectifs`
  const lieuxRows = lieux.map((l): FigureRow => ({
    nom: l.nom,
    adresse: orNull(l.adresse),
    commune: orNull(l.commune),
    typeLocal: TYPE_LOCAL_LABELS[l.typeLocal],
    quartierPrioritaire: l.quartierPrioritaire ?? null,
    description: joined(l.nom, l.adresse, l.commune),
  }))
  out.rows('lieux', lieuxRows, lieuxSource)
  out.set('territoire.lieux', lieux.length === 0 ? null : lieuxRows.map((r) => r.description).join(' ; '), lieuxSource)
  for (const type of TYPES_LOCAL) out.set(`territoire.typeLocal.${type}`, lieux.some((l) => l.typeLocal === type), lieuxSource)

  const etabIds = new Set([...activeCollectifs.flatMap((c) => c.etablissementIds), ...enrolled.flatMap((e) => (e.etablissementId ? [e.etablissementId] : []))])
  const etablissements = sortFr(doc.etablissements.filter((e) => etabIds.has(e.id)), (e) => e.nom)
  const etabSource = 'établissements des collectifs tenus et des enfants inscrits'
  out.rows('etablissements', etablissements.map((e): FigureRow => ({
    nom: e.nom,
    type: TYPE_ETABLISSEMENT_LABELS[e.type],
    adresse: orNull(e.adresse),
    commune: orNull(e.commune),
    email: orNull(e.email),
    rep: e.rep ?? null,
    description: joined(e.nom, e.adresse, e.commune, e.email),
  })), etabSource)
  out.set('territoire.etablissements', etablissements.length === 0 ? null : etablissements.map((e) => e.nom).join(', '), etabSource)
  out.set('territoire.rep', anyFlag(etablissements.map((e) => e.rep)), etabSource)

  // « Politique de la ville »: the action runs in a quartier prioritaire, or the children live in one.
  const familles = new Map(doc.familles.map((f) => [f.id, f]))
  const familyFlags = enrolled.map((e) => (e.familleId ? familles.get(e.familleId)?.quartierPrioritaire : undefined))
  out.set('territoire.quartierPrioritaire', anyFlag([...lieux.map((l) => l.quartierPrioritaire), ...familyFlags]),
    'lieux des collectifs tenus et familles des enfants inscrits')
}
