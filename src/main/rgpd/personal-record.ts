import type Database from 'better-sqlite3'

type Row = Record<string, unknown>

/** Drops empty fields: the record a family reads holds what is known, not a list of nulls. */
const present = (row: Row): Row => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined))

function familyIdentity(sqlite: Database.Database, familleId: unknown): Row | null {
  if (typeof familleId !== 'string') return null
  const f = sqlite.prepare('SELECT nom, telephone, email, quartier_prioritaire AS quartierPrioritaire, langue_parlee AS langueParlee, besoin_interprete AS besoinInterprete FROM familles WHERE id = ?').get(familleId) as Row | undefined
  return f ? present({ ...f, quartierPrioritaire: f.quartierPrioritaire === null ? null : Boolean(f.quartierPrioritaire), besoinInterprete: f.besoinInterprete === null ? null : Boolean(f.besoinInterprete) }) : null
}

/** Everything held about one child, every school year, in words a family can read. */
export function childRecord(sqlite: Database.Database, enfantId: string): Row | null {
  const e = sqlite.prepare(`
    SELECT e.prenom, e.nom, e.date_naissance AS dateNaissance, e.sexe, e.niveau, et.nom AS etablissement, e.famille_id AS familleId,
           e.origine_inscription AS origineInscription, e.situations
    FROM enfants e LEFT JOIN etablissements et ON et.id = e.etablissement_id WHERE e.id = ?`).get(enfantId) as Row | undefined
  if (!e) return null
  const inscriptions = sqlite.prepare(`
    SELECT a.libelle AS anneeScolaire, c.nom AS collectif, i.du, i.au
    FROM inscriptions i JOIN collectifs c ON c.id = i.collectif_id JOIN annees_scolaires a ON a.id = c.annee_id
    WHERE i.enfant_id = ? ORDER BY i.du`).all(enfantId) as Row[]
  const presences = sqlite.prepare(`
    SELECT s.date, s.heure_debut AS heure, c.nom AS collectif, p.statut
    FROM presences p JOIN seances s ON s.id = p.seance_id JOIN collectifs c ON c.id = s.collectif_id
    WHERE p.enfant_id = ? ORDER BY s.date, s.heure_debut`).all(enfantId) as Row[]
  const { familleId, situations, ...identity } = e
  return {
    enfant: present({ ...identity, situations: typeof situations === 'string' ? JSON.parse(situations) : null }),
    famille: familyIdentity(sqlite, familleId),
    inscriptions: inscriptions.map(present),
    presences,
  }
}

/** Everything held about one family: its contact, its children's records, the parent actions naming it. */
export function familyRecord(sqlite: Database.Database, familleId: string): Row | null {
  const famille = familyIdentity(sqlite, familleId)
  if (!famille) return null
  const children = (sqlite.prepare('SELECT id FROM enfants WHERE famille_id = ? ORDER BY nom, prenom').all(familleId) as { id: string }[])
    .map(({ id }) => childRecord(sqlite, id))
    .map((r) => (r ? { ...r, famille: undefined } : r))
  const actions = sqlite.prepare(`
    SELECT a.date, a.intitule, a.format, a.objectifs FROM actions_parents a JOIN action_parents_familles f ON f.action_id = a.id
    WHERE f.famille_id = ? ORDER BY a.date`).all(familleId) as Row[]
  return {
    famille,
    enfants: children,
    actionsAvecLesParents: actions.map((a) => present({ ...a, objectifs: typeof a.objectifs === 'string' ? JSON.parse(a.objectifs) : a.objectifs })),
  }
}
