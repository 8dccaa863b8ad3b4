import type Database from 'better-sqlite3'

/**
 * The year's séances with each one's register (who was marked « présent », how many marks) and
 * team, kept per connection between calls: the dashboard and the bilan's figures read them for
 * the whole year after every mark typed, and a year's marks are most of its rows. After a write,
 * only the séances it touched are read again.
 *
 * Which séances a write touched is told by TEMP triggers on `seances`, `presences` and
 * `seance_intervenants` (they fire for this connection's writes only, cascades included, and a
 * rolled back write takes its note back with it); a commit by another connection or process
 * changes `PRAGMA data_version`, and everything is read again. Changing `temp_store` (the RGPD
 * erasure does) drops TEMP objects: their absence is checked at each read, and everything is
 * read again.
 */
export interface SeanceRegister {
  /** The children marked « présent », in the register's order. */
  readonly presentIds: readonly string[]
  /** Every mark, « présent » or not. */
  readonly marques: number
  /** The séance's intervenants, in their order. */
  readonly team: readonly string[]
}

/** A séance's row (its columns, NULL for an absent field) and its register; replaced, never changed. */
export interface KeptSeance {
  readonly row: Readonly<SeanceRow>
  readonly register: SeanceRegister
}
export type SeanceRow = [id: string, collectifId: string, date: string, heureDebut: string, dureeMinutes: number,
  annulee: number | null, motifAnnulation: string | null, activites: string | null, note: string | null]

const EMPTY: SeanceRegister = Object.freeze({ presentIds: Object.freeze([]), marques: 0, team: Object.freeze([]) })

const DIRTY = 'clas_seances_modifiees'
// Without a UNIQUE key: the conflict policy of the statement that fires a trigger overrides the
// trigger's own (an upsert's would make an `INSERT OR IGNORE` here fail), so a séance already
// noted is looked up instead.
const note = (id: string) => `INSERT INTO ${DIRTY} SELECT ${id} WHERE NOT EXISTS (SELECT 1 FROM ${DIRTY} WHERE seance_id = ${id});`
const trigger = (name: string, when: string, ids: string[]) =>
  `CREATE TEMP TRIGGER IF NOT EXISTS ${name} ${when} BEGIN ${ids.map(note).join(' ')} END;`
const INSTALL = [
  `CREATE TEMP TABLE IF NOT EXISTS ${DIRTY} (seance_id TEXT NOT NULL);`,
  `CREATE INDEX IF NOT EXISTS temp.${DIRTY}_seance ON ${DIRTY} (seance_id);`,
  trigger('clas_presences_ins', 'AFTER INSERT ON main.presences', ['NEW.seance_id']),
  trigger('clas_presences_upd', 'AFTER UPDATE ON main.presences', ['OLD.seance_id', 'NEW.seance_id']),
  trigger('clas_presences_del', 'AFTER DELETE ON main.presences', ['OLD.seance_id']),
  trigger('clas_equipes_ins', 'AFTER INSERT ON main.seance_intervenants', ['NEW.seance_id']),
  trigger('clas_equipes_upd', 'AFTER UPDATE ON main.seance_intervenants', ['OLD.seance_id', 'NEW.seance_id']),
  trigger('clas_equipes_del', 'AFTER DELETE ON main.seance_intervenants', ['OLD.seance_id']),
  trigger('clas_seances_ins', 'AFTER INSERT ON main.seances', ['NEW.id']),
  trigger('clas_seances_upd', 'AFTER UPDATE ON main.seances', ['OLD.id', 'NEW.id']),
  trigger('clas_seances_del', 'AFTER DELETE ON main.seances', ['OLD.id']),
].join('\n')

// Per séance: its row, the children « présent » and the team (JSON arrays, in their order), how many marks, its year.
const COLUMNS = `
  s.id, s.collectif_id, s.date, s.heure_debut, s.duree_minutes, s.annulee, s.motif_annulation, s.activites, s.note,
  (SELECT json_group_array(enfant_id) FROM (SELECT enfant_id FROM presences WHERE seance_id = s.id AND statut = 'present' ORDER BY position)),
  (SELECT count(*) FROM presences WHERE seance_id = s.id),
  (SELECT json_group_array(intervenant_id) FROM (SELECT intervenant_id FROM seance_intervenants WHERE seance_id = s.id ORDER BY position)),
  c.annee_id
  FROM seances s JOIN collectifs c ON c.id = s.collectif_id`
const OF_YEAR = `SELECT ${COLUMNS} WHERE c.annee_id = ? ORDER BY s.date, s.heure_debut, s.id`
const OF_DIRTY = `SELECT ${COLUMNS} WHERE s.id IN (SELECT seance_id FROM temp.${DIRTY})`

type Row = [...SeanceRow, presents: string, marques: number, team: string, anneeId: string]

function keptOf(r: Row): KeptSeance {
  const presentIds = JSON.parse(r[9]) as string[]
  const team = JSON.parse(r[11]) as string[]
  const register = r[10] === 0 && team.length === 0 ? EMPTY : Object.freeze({ presentIds: Object.freeze(presentIds), marques: r[10], team: Object.freeze(team) })
  return Object.freeze({ row: Object.freeze(r.slice(0, 9) as SeanceRow), register })
}

interface Year {
  ordered: readonly KeptSeance[]
  /** Each séance's place in `ordered`. */
  index: Map<string, number>
}

interface Cache {
  version: unknown
  years: Map<string, Year>
  statements: Map<string, Database.Statement>
}

const caches = new WeakMap<Database.Database, Cache>()

function statement(cache: Cache, sqlite: Database.Database, sql: string): Database.Statement {
  let st = cache.statements.get(sql)
  if (!st) cache.statements.set(sql, (st = sqlite.prepare(sql)))
  return st
}

function readYear(st: Database.Statement, anneeId: string): Year {
  const ordered = (st.raw().all(anneeId) as Row[]).map(keptOf)
  return { ordered, index: new Map(ordered.map((k, i) => [k.row[0], i])) }
}

/**
 * Whether results may be kept on this connection: not inside a transaction (what it reads
 * could be rolled back while kept), not on a read-only connection (a past year's archive,
 * which cannot hold the triggers and never changes under its reader anyway).
 */
function keepable(sqlite: Database.Database): boolean {
  return !sqlite.inTransaction && !sqlite.readonly && sqlite.pragma('query_only', { simple: true }) === 0
}

/** The cache of this connection brought up to date with its database, or null when none may be kept. */
function upToDate(sqlite: Database.Database): Cache | null {
  if (!keepable(sqlite)) return null
  let cache = caches.get(sqlite)
  const version = sqlite.pragma('data_version', { simple: true })
  const installed = cache !== undefined && statement(cache, sqlite, `SELECT count(*) FROM temp.sqlite_master WHERE name = '${DIRTY}'`).pluck().get() === 1
  if (!cache || !installed || version !== cache.version) {
    sqlite.exec(INSTALL)
    sqlite.exec(`DELETE FROM temp.${DIRTY}`)
    cache = { version, years: new Map(), statements: cache?.statements ?? new Map() }
    caches.set(sqlite, cache)
    return cache
  }
  const ids = statement(cache, sqlite, `SELECT DISTINCT seance_id FROM temp.${DIRTY}`).pluck().all() as string[]
  if (ids.length === 0) return cache
  const now = new Map((statement(cache, sqlite, OF_DIRTY).raw().all() as Row[]).map((r) => [r[0], r]))
  for (const [anneeId, year] of cache.years) {
    // A register or a field changed in place: that séance is replaced. A séance added, deleted,
    // moved to another year or to another day or hour: the year is read again, in its order.
    const replaced: [number, KeptSeance][] = []
    const inPlace = ids.every((id) => {
      const at = year.index.get(id)
      const r = now.get(id)
      if (at === undefined) return r === undefined || r[12] !== anneeId
      const before = year.ordered[at].row
      if (!r || r[12] !== anneeId || r[2] !== before[2] || r[3] !== before[3]) return false
      replaced.push([at, keptOf(r)])
      return true
    })
    if (!inPlace) {
      cache.years.delete(anneeId)
      continue
    }
    if (replaced.length === 0) continue
    const ordered = [...year.ordered]
    for (const [at, kept] of replaced) ordered[at] = kept
    year.ordered = ordered
  }
  statement(cache, sqlite, `DELETE FROM temp.${DIRTY}`).run()
  return cache
}

/**
 * Year `anneeId`'s séances by date, hour and id, each with its register and team. The list and
 * what it holds are shared between calls (frozen): a new list is made when anything changes.
 */
export function readYearSeances(sqlite: Database.Database, anneeId: string): readonly KeptSeance[] {
  const cache = upToDate(sqlite)
  if (!cache) return readYear(sqlite.prepare(OF_YEAR), anneeId).ordered
  let year = cache.years.get(anneeId)
  if (!year) cache.years.set(anneeId, (year = readYear(statement(cache, sqlite, OF_YEAR), anneeId)))
  return year.ordered
}
