import { eq } from 'drizzle-orm'
import { RESULTATS_MAX, type ResultatRecherche } from '../../shared/contract/recherche'
import { compareFr } from '../../shared/domain/french-order'
import { NIVEAU_LABELS, STATUT_INTERVENANT_LABELS, type Niveau } from '../../shared/domain/lists'
import { nameScore, searchWords } from '../../shared/domain/name-search'
import type { HandlerMap } from '../api/context'
import { requireAnnee } from '../api/checks'
import { readFamilles, readIntervenants } from '../store/repos/association'
import { readEnfants } from '../store/repos/enfants'
import { collectifs } from '../store/schema'

const KIND_ORDER: Record<ResultatRecherche['kind'], number> = { enfant: 0, famille: 1, intervenant: 2 }

const count = (n: number, one: string, many: string) => (n === 0 ? `aucun ${one}` : `${n} ${n > 1 ? many : one}`)

export const rechercheHandlers: HandlerMap<'recherche.globale'> = {
  'recherche.globale': ({ texte }, ctx) => {
    const words = searchWords(texte)
    if (words.length === 0) return { resultats: [], autres: 0 }
    const annee = requireAnnee(ctx)
    // Only this year's children: the child's page shows the current year, as the lists do.
    const enfants = readEnfants(ctx.db, annee.id)
    const collectifNoms = new Map(ctx.db.select({ id: collectifs.id, nom: collectifs.nom }).from(collectifs).where(eq(collectifs.anneeId, annee.id)).all().map((c) => [c.id, c.nom]))
    const enfantsParFamille = new Map<string, number>()
    for (const e of enfants) if (e.familleId) enfantsParFamille.set(e.familleId, (enfantsParFamille.get(e.familleId) ?? 0) + 1)

    const candidates: ResultatRecherche[] = [
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
    ]
    const found = candidates
      .map((c) => ({ c, score: nameScore(words, c.label) }))
      .filter((m) => m.score > 0)
      .sort((a, b) => b.score - a.score || KIND_ORDER[a.c.kind] - KIND_ORDER[b.c.kind] || compareFr(a.c.label, b.c.label))
    return { resultats: found.slice(0, RESULTATS_MAX).map((m) => m.c), autres: Math.max(0, found.length - RESULTATS_MAX) }
  },
}
