import type { ComplianceInput } from '../../shared/compliance/types'
import type { Enfant, Seance } from '../../shared/exchange/schema'
import { ApiError } from '../../shared/contract/errors'
import type { ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { readStructure } from '../store/repos/association'
import { readCollectifs } from '../store/repos/collectifs'
import { readActionsParents, readConcertations, readProjetsBonus } from '../store/repos/partenariats'
import { readBudget } from '../store/repos/budget'

// The rules and the dashboard read of a séance's register only how many marks it holds and how
// many say « présent », and of its team only how many: these stand for the marks without
// naming a child, so that a year's thousands of marks come as one count per séance.
const PRESENT = Object.freeze({ enfantId: '', statut: 'present' as const })
const NOT_PRESENT = Object.freeze({ enfantId: '', statut: 'absent' as const })

// Each séance of the year with its counts: marks, marks « présent », intervenants.
const SEANCE_COUNTS = `
  SELECT s.id, s.collectif_id AS collectifId, s.date, s.heure_debut AS heureDebut, s.duree_minutes AS dureeMinutes,
         s.annulee, s.motif_annulation AS motifAnnulation,
         coalesce(p.marques, 0) AS marques, coalesce(p.presents, 0) AS presents, coalesce(t.n, 0) AS intervenants
  FROM seances s
  JOIN collectifs c ON c.id = s.collectif_id
  LEFT JOIN (SELECT seance_id, count(*) AS marques, sum(statut = 'present') AS presents FROM presences GROUP BY seance_id) p ON p.seance_id = s.id
  LEFT JOIN (SELECT seance_id, count(*) AS n FROM seance_intervenants GROUP BY seance_id) t ON t.seance_id = s.id
  WHERE c.annee_id = ?
  ORDER BY s.date, s.heure_debut, s.id`

// The year's enrolments with the child's level: the rules read no more of a child.
const ENROLMENTS = `
  SELECT e.id, e.niveau, i.collectif_id AS collectifId, i.du, i.au
  FROM inscriptions i
  JOIN enfants e ON e.id = i.enfant_id
  JOIN collectifs c ON c.id = i.collectif_id
  WHERE c.annee_id = ?
  ORDER BY e.id, i.du, i.collectif_id`

interface SeanceCountsRow {
  id: string; collectifId: string; date: string; heureDebut: string; dureeMinutes: number
  annulee: number | null; motifAnnulation: string | null; marques: number; presents: number; intervenants: number
}
interface EnrolmentRow { id: string; niveau: string; collectifId: string; du: string; au: string | null }

function readSeanceCounts(ctx: ServiceContext, anneeId: string): Seance[] {
  return (ctx.sqlite.prepare(SEANCE_COUNTS).all(anneeId) as SeanceCountsRow[]).map((r) => ({
    id: r.id, collectifId: r.collectifId, date: r.date, heureDebut: r.heureDebut, dureeMinutes: r.dureeMinutes,
    ...(r.annulee ? { annulee: true } : {}),
    ...(r.motifAnnulation ? { motifAnnulation: r.motifAnnulation } : {}),
    intervenantIds: Array.from({ length: r.intervenants }, () => ''),
    presences: Array.from({ length: r.marques }, (_, i) => (i < r.presents ? PRESENT : NOT_PRESENT)),
  }))
}

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
 * register and team as counts taken by SQL (`GROUP BY`) instead of every mark of the year:
 * the same results as from the exchange snapshot (`exportDocument`), at a fraction of the cost.
 */
export function readComplianceInput(ctx: ServiceContext): ComplianceInput {
  const { id: anneeId, ...anneeScolaire } = requireAnnee(ctx)
  const structure = readStructure(ctx.db)
  if (!structure) throw new ApiError({ code: 'conflict', message: "L'association n'est pas encore configurée." })
  const budget = readBudget(ctx.db, anneeId)
  return {
    structure, anneeScolaire,
    seances: readSeanceCounts(ctx, anneeId),
    collectifs: readCollectifs(ctx.db, anneeId),
    enfants: readEnrolled(ctx, anneeId),
    actionsParents: readActionsParents(ctx.db, anneeId),
    concertations: readConcertations(ctx.db, anneeId),
    projetsBonus: readProjetsBonus(ctx.db, anneeId),
    ...(budget ? { budget } : {}),
  }
}
