import type { HandlerMap } from '../api/context'

export const anneesHandlers: HandlerMap<'annees.liste'> = {
  'annees.liste': (_input, ctx) => {
    const rows = ctx.sqlite.prepare(`
      SELECT a.libelle, a.debut, a.fin, a.courante, a.cloturee_le AS clotureeLe, r.archivee_le AS archiveeLe
      FROM annees_scolaires a LEFT JOIN annees_archives r ON r.annee_id = a.id ORDER BY a.debut`).all() as
      { libelle: string; debut: string; fin: string; courante: number; clotureeLe: string | null; archiveeLe: string | null }[]
    return rows.map((r) => ({ ...r, courante: r.courante === 1 }))
  },
}
