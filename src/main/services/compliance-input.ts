import type { ComplianceInput } from '../../shared/compliance/types'
import type { Enfant } from '../../shared/exchange/schema'
import { ApiError } from '../../shared/contract/errors'
import type { ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { readStructure } from '../store/repos/association'
import { readCollectifs } from '../store/repos/collectifs'
import { readActionsParents, readConcertations, readProjetsBonus } from '../store/repos/partenariats'
import { readBudget } from '../store/repos/budget'
import { readSeancesAsCounts } from '../store/repos/year-seances'

// The year's enrolments with the child's level: the rules read no more of a child.
const ENROLMENTS = `
  SELECT e.id, e.niveau, i.collectif_id AS collectifId, i.du, i.au
  FROM inscriptions i
  JOIN enfants e ON e.id = i.enfant_id
  JOIN collectifs c ON c.id = i.collectif_id
  WHERE c.annee_id = ?
  ORDER BY e.id, i.du, i.collectif_id`

interface EnrolmentRow { id: string; niveau: string; collectifId: string; du: string; au: string | null }

/** Children enrolled in the year, each with their level and enrolments, without their names. */
function readEnrolled(ctx: ServiceContext, anneeId: string): Enfant[] {
  const byChild = new Map<string, Enfant>()
  for (const r of ctx.sqlite.prepare(ENROLMENTS).all(anneeId) as EnrolmentRow[]) {
    let e = byChild.get(r.id)
    if (!e) byChild.set(r.id, (e = { id: r.id, prenom: '', nom: '', niveau: r.niveau as Enfant['niveau'], inscriptions: [] }))
    e.inscriptions.push({ collectifId: r.collectifId, du: r.du, ...(r.au ? { au: r.au } : {}) })
  }
  return [...byChild.values()]
}

// Each child enrolled in the year up to a date once, with the quartier of its family (no name).
const QUARTIERS = `
  SELECT DISTINCT e.id, f.quartier
  FROM inscriptions i
  JOIN enfants e ON e.id = i.enfant_id
  JOIN collectifs c ON c.id = i.collectif_id
  LEFT JOIN familles f ON f.id = e.famille_id
  WHERE c.annee_id = ? AND i.du <= ? AND (i.au IS NULL OR i.au >= ?)`

/** The children enrolled as of `day` (spec/chiffres.md), each with its family's quartier, for the dashboard's count per quartier. */
export function enrolledQuartiers(ctx: ServiceContext, day: string): { quartier: string | null }[] {
  const annee = requireAnnee(ctx)
  const upTo = day < annee.fin ? day : annee.fin
  return (ctx.sqlite.prepare(QUARTIERS).all(annee.id, upTo, annee.debut) as { quartier: string | null }[]).map((r) => ({ quartier: r.quartier?.trim() || null }))
}

/**
 * What the compliance rules and the dashboard read (`ComplianceInput`), with each séance's
 * register and team as counts (kept between calls: `seance-registers.ts`) instead of every mark of the year:
 * the same results as from the exchange snapshot (`exportDocument`), at a fraction of the cost.
 */
export function readComplianceInput(ctx: ServiceContext): ComplianceInput {
  const { id: anneeId, ...anneeScolaire } = requireAnnee(ctx)
  const structure = readStructure(ctx.db)
  if (!structure) throw new ApiError({ code: 'conflict', message: "L'association n'est pas encore configurée." })
  const budget = readBudget(ctx.db, anneeId)
  return {
    structure, anneeScolaire,
    seances: readSeancesAsCounts(ctx.sqlite, anneeId),
    collectifs: readCollectifs(ctx.db, anneeId),
    enfants: readEnrolled(ctx, anneeId),
    actionsParents: readActionsParents(ctx.db, anneeId),
    concertations: readConcertations(ctx.db, anneeId),
    projetsBonus: readProjetsBonus(ctx.db, anneeId),
    ...(budget ? { budget } : {}),
  }
}
