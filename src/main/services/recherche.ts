import { RESULTATS_MAX, type ResultatRecherche } from '../../shared/contract/recherche'
import { compareFr } from '../../shared/domain/french-order'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import {
  FORMAT_ACTION_PARENTS_LABELS, NIVEAU_COLLECTIF_LABELS, NIVEAU_LABELS, OBJECTIF_PARENTS_LABELS, STATUT_INTERVENANT_LABELS,
  TYPE_ETABLISSEMENT_LABELS, TYPE_LOCAL_LABELS, type Niveau,
} from '../../shared/domain/lists'
import { nameScore, searchWords } from '../../shared/domain/name-search'
import type { HandlerMap } from '../api/context'
import { requireAnnee } from '../api/checks'
import { readEtablissements, readFamilles, readIntervenants, readLieux } from '../store/repos/association'
import { readCollectifs } from '../store/repos/collectifs'
import { readActionsParents, readConcertations } from '../store/repos/partenariats'
import { readEnfants } from '../store/repos/enfants'
import type { CallsOf } from '../../shared/contract'
import type { rechercheContract } from '../../shared/contract/recherche'

const KIND_ORDER: Record<ResultatRecherche['kind'], number> = { enfant: 0, famille: 1, intervenant: 2, collectif: 3, etablissement: 4, lieu: 5, partenaire: 6, action: 7 }

/** A result, and the words it is found by when they are more than its label (an action's objectives). */
type Candidate = ResultatRecherche & { texte?: string }

/** One result per partner of the territory, however many concertations name it: the latest opens. */
function partenaires(concertations: { id: string; date: string; partenaire?: string }[]): Candidate[] {
  const byKey = new Map<string, { nom: string; n: number; last: { id: string; date: string } }>()
  // By date: the name as first written is the one shown (later ones are often typed in a hurry).
  for (const c of [...concertations].sort((x, y) => x.date.localeCompare(y.date))) {
    const nom = c.partenaire?.trim()
    if (!nom) continue
    const key = searchWords(nom).join(' ')
    const seen = byKey.get(key)
    if (!seen) byKey.set(key, { nom, n: 1, last: c })
    else {
      seen.n++
      seen.last = c
    }
  }
  return [...byKey.values()].map((p) => ({
    kind: 'partenaire', id: p.last.id, label: p.nom, path: `/concertations/${p.last.id}`,
    detail: `${count(p.n, 'concertation', 'concertations')}, la dernière le ${formatDateCourteFr(p.last.date)}`,
  }))
}

const count = (n: number, one: string, many: string) => (n === 0 ? `aucun ${one}` : `${n} ${n > 1 ? many : one}`)

export const rechercheHandlers: HandlerMap<CallsOf<typeof rechercheContract>> = {
  'recherche.globale': ({ texte }, ctx) => {
    const words = searchWords(texte)
    if (words.length === 0) return { resultats: [], autres: 0 }
    const annee = requireAnnee(ctx)
    // Only this year's children: the child's page shows the current year, as the lists do.
    const enfants = readEnfants(ctx.db, annee.id)
    const collectifsAnnee = readCollectifs(ctx.db, annee.id)
    const collectifNoms = new Map(collectifsAnnee.map((c) => [c.id, c.nom]))
    const lieux = readLieux(ctx.db)
    const lieuNoms = new Map(lieux.map((l) => [l.id, l.nom]))
    const enfantsParFamille = new Map<string, number>()
    for (const e of enfants) if (e.familleId) enfantsParFamille.set(e.familleId, (enfantsParFamille.get(e.familleId) ?? 0) + 1)

    const candidates: Candidate[] = [
      ...enfants.map((e) => {
        const dans = [...new Set(e.inscriptions.map((i) => collectifNoms.get(i.collectifId)).filter((n): n is string => n !== undefined))]
        return {
          kind: 'enfant' as const, id: e.id, label: `${e.prenom} ${e.nom}`, path: `/enfants/${e.id}`,
          detail: [NIVEAU_LABELS[e.niveau as Niveau] ?? e.niveau, dans.length ? dans.join(', ') : 'non inscrit'].join(' · '),
        }
      }),
      ...readFamilles(ctx.db).map((f) => ({
        kind: 'famille' as const, id: f.id, label: f.nom, path: `/familles/${f.id}`,
        detail: count(enfantsParFamille.get(f.id) ?? 0, 'enfant', 'enfants'),
      })),
      ...readIntervenants(ctx.db).map((i) => ({
        kind: 'intervenant' as const, id: i.id, label: `${i.prenom} ${i.nom}`, path: `/equipe/intervenants/${i.id}`,
        detail: STATUT_INTERVENANT_LABELS[i.statut],
      })),
      ...collectifsAnnee.map((c) => ({
        kind: 'collectif' as const, id: c.id, label: c.nom, path: `/collectifs/${c.id}`,
        detail: [c.niveau ? NIVEAU_COLLECTIF_LABELS[c.niveau] : '', lieuNoms.get(c.lieuId) ?? ''].filter(Boolean).join(' · '),
      })),
      ...readEtablissements(ctx.db).map((e) => ({
        kind: 'etablissement' as const, id: e.id, label: e.nom, path: '/lieux-etablissements',
        detail: [TYPE_ETABLISSEMENT_LABELS[e.type], e.commune].filter(Boolean).join(' · '),
      })),
      ...lieux.map((l) => ({
        kind: 'lieu' as const, id: l.id, label: l.nom, path: '/lieux-etablissements',
        detail: [TYPE_LOCAL_LABELS[l.typeLocal], l.commune].filter(Boolean).join(' · '),
      })),
      ...partenaires(readConcertations(ctx.db, annee.id)),
      ...readActionsParents(ctx.db, annee.id).map((a) => {
        const objectifs = a.objectifs.map((o) => OBJECTIF_PARENTS_LABELS[o])
        return {
          kind: 'action' as const, id: a.id, label: a.intitule?.trim() || objectifs[0], path: `/actions-parents/${a.id}`,
          detail: [`le ${formatDateCourteFr(a.date)}`, a.format ? FORMAT_ACTION_PARENTS_LABELS[a.format] : ''].filter(Boolean).join(' · '),
          texte: [a.intitule ?? '', ...objectifs].join(' '),
        }
      }),
    ]
    const found = candidates
      .map(({ texte: t, ...c }) => ({ c, score: nameScore(words, t ?? c.label) }))
      .filter((m) => m.score > 0)
      .sort((a, b) => b.score - a.score || KIND_ORDER[a.c.kind] - KIND_ORDER[b.c.kind] || compareFr(a.c.label, b.c.label))
    return { resultats: found.slice(0, RESULTATS_MAX).map((m) => m.c), autres: Math.max(0, found.length - RESULTATS_MAX) }
  },
}
