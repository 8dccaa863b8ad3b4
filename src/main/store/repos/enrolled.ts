import type Database from 'better-sqlite3'
import type { Enfant } from '../../../shared/exchange/schema'

// The year's enrolments with the child's level: the compliance rules read no more of a child.
const ENROLMENTS = `
  SELECT e.id, e.niveau, i.collectif_id AS collectifId, i.du, i.au
  FROM inscriptions i
  JOIN enfants e ON e.id = i.enfant_id
  JOIN collectifs c ON c.id = i.collectif_id
  WHERE c.annee_id = ?
  ORDER BY e.id, i.du, i.collectif_id`

interface EnrolmentRow { id: string; niveau: string; collectifId: string; du: string; au: string | null }

/** Children enrolled in the year, each with their level and enrolments, without their names. */
export function readEnrolledLevels(sqlite: Database.Database, anneeId: string): Enfant[] {
  const byChild = new Map<string, Enfant>()
  for (const r of sqlite.prepare(ENROLMENTS).all(anneeId) as EnrolmentRow[]) {
    let e = byChild.get(r.id)
    if (!e) byChild.set(r.id, (e = { id: r.id, prenom: '', nom: '', niveau: r.niveau as Enfant['niveau'], inscriptions: [] }))
    e.inscriptions.push({ collectifId: r.collectifId, du: r.du, ...(r.au ? { au: r.au } : {}) })
  }
  return [...byChild.values()]
}

// Each child enrolled in the year between two days once, with the quartier of its family (no name).
const QUARTIERS = `
  SELECT DISTINCT e.id, f.quartier
  FROM inscriptions i
  JOIN enfants e ON e.id = i.enfant_id
  JOIN collectifs c ON c.id = i.collectif_id
  LEFT JOIN familles f ON f.id = e.famille_id
  WHERE c.annee_id = ? AND i.du <= ? AND (i.au IS NULL OR i.au >= ?)`

/** The quartier of each child enrolled in the year at some point from `from` to `upTo`. */
export function readEnrolledQuartiers(sqlite: Database.Database, anneeId: string, upTo: string, from: string): { quartier: string | null }[] {
  return (sqlite.prepare(QUARTIERS).all(anneeId, upTo, from) as { quartier: string | null }[]).map((r) => ({ quartier: r.quartier?.trim() || null }))
}
