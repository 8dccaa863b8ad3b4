import type Database from 'better-sqlite3'

/** Free text where a child's or a family's name may have been typed. */
const FREE_TEXT: [table: string, column: string, key: string[]][] = [
  ['seances', 'note', ['id']],
  ['actions_parents', 'note', ['id']],
  ['actions_parents', 'intitule', ['id']],
  ['concertations', 'note', ['id']],
  ['reponses', 'texte', ['annee_id', 'question_id']],
]

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Replaces the names in every free text (notes, answers) by « [nom effacé] ». Whole words only,
 * accents and case as typed or not: « Inès Diallo », « DIALLO Inès », « Inès ».
 */
function scrubNames(sqlite: Database.Database, names: string[]): number {
  const words = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length)
  if (words.length === 0) return 0
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map((w) => escapeRegExp(w.normalize('NFC'))).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
  let changed = 0
  for (const [table, column, key] of FREE_TEXT) {
    const rows = sqlite.prepare(`SELECT ${key.join(', ')}, ${column} AS texte FROM ${table} WHERE ${column} IS NOT NULL`).all() as Record<string, string>[]
    const update = sqlite.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${key.map((k) => `${k} = ?`).join(' AND ')}`)
    for (const row of rows) {
      const scrubbed = row.texte.normalize('NFC').replace(pattern, '[nom effacé]')
      if (scrubbed !== row.texte.normalize('NFC')) {
        update.run(scrubbed, ...key.map((k) => row[k]))
        changed++
      }
    }
  }
  return changed
}

/** SQL: the child row `alias` is erased already (see `eraseChildren`). */
export const isErasedChild = (alias: string) => `(${alias}.prenom = 'Enfant' AND ${alias}.nom LIKE 'effacé %')`

export interface Erasure {
  enfants: number
  familles: number
  /** Notes and answers where a name was replaced. */
  textes: number
}

/**
 * Removes a child's identity and keeps what the anonymous counts of every year use: level, sex,
 * school, family link, situations, enrolments and attendance. The birth date keeps its year only:
 * the bilan's ages are taken on 31 December, so they do not move (spec/chiffres.md).
 * Run inside a transaction, with `secure_delete` on so the old bytes are overwritten.
 */
export function eraseChildren(sqlite: Database.Database, ids: string[]): Erasure {
  const names: string[] = []
  const select = sqlite.prepare(`SELECT prenom, nom, ${isErasedChild('e')} AS efface FROM enfants e WHERE id = ?`)
  const update = sqlite.prepare("UPDATE enfants SET prenom = 'Enfant', nom = ?, date_naissance = CASE WHEN date_naissance IS NULL THEN NULL ELSE substr(date_naissance, 1, 4) || '-01-01' END WHERE id = ?")
  let enfants = 0
  for (const id of ids) {
    const row = select.get(id) as { prenom: string; nom: string; efface: number } | undefined
    if (!row) continue
    // Already erased (a family erased after one of its children): « Enfant » is no name to scrub from the notes.
    if (!row.efface) names.push(`${row.prenom} ${row.nom}`, `${row.nom} ${row.prenom}`, row.prenom, row.nom)
    update.run(`effacé ${id.slice(0, 6)}`, id)
    enfants++
  }
  return { enfants, familles: 0, textes: scrubNames(sqlite, names) }
}

/** The family of a child, and how many of its other children still have their identity; null without a family. */
export function familyOfOnlyChild(sqlite: Database.Database, enfantId: string): { id: string; nom: string; autres: number } | null {
  const famille = sqlite.prepare('SELECT f.id, f.nom FROM familles f JOIN enfants e ON e.famille_id = f.id WHERE e.id = ?').get(enfantId) as { id: string; nom: string } | undefined
  if (!famille) return null
  const autres = sqlite.prepare(`SELECT count(*) FROM enfants e WHERE famille_id = ? AND id <> ? AND NOT ${isErasedChild('e')}`).pluck().get(famille.id, enfantId) as number
  return { ...famille, autres }
}

/** The same for a family: contact and name go; the quartier (prioritaire, and its name) stays: counts of the bilan. */
export function eraseFamily(sqlite: Database.Database, familleId: string, withChildren: boolean): Erasure {
  const row = sqlite.prepare('SELECT nom FROM familles WHERE id = ?').get(familleId) as { nom: string } | undefined
  if (!row) return { enfants: 0, familles: 0, textes: 0 }
  const children = withChildren ? (sqlite.prepare('SELECT id FROM enfants WHERE famille_id = ?').all(familleId) as { id: string }[]).map((c) => c.id) : []
  const childErasure = eraseChildren(sqlite, children)
  sqlite.prepare("UPDATE familles SET nom = ?, telephone = NULL, email = NULL, langue_parlee = NULL, besoin_interprete = NULL WHERE id = ?").run(`Famille effacée ${familleId.slice(0, 6)}`, familleId)
  return { enfants: childErasure.enfants, familles: 1, textes: childErasure.textes + scrubNames(sqlite, [row.nom]) }
}
