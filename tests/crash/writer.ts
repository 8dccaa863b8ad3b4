/**
 * Child process of the crash test: writes séances and their attendance through the dispatcher,
 * as the app does, and reports each write on stdout only after the call has returned:
 *   S <seanceId>            the séance is saved
 *   P <seanceId> <count>    its attendance batch (count marks) is saved
 * It never stops by itself; the test kills it with SIGKILL.
 */
import { writeSync } from 'node:fs'
import { createDispatcher } from '../../src/main/api/dispatch'
import { Workspace } from '../../src/main/workspace'

const [path, migrationsFolder] = process.argv.slice(2)
if (!path) throw new Error('usage: writer.ts DB [MIGRATIONS]')

// Bundled into one file by the test (a quicker start), it cannot find the migrations beside itself.
const workspace = new Workspace(path, { today: () => '2025-11-20', migrationsFolder })
const dispatch = createDispatcher(workspace)
const { sqlite } = workspace.context()
const collectifId = (sqlite.prepare('SELECT id FROM collectifs ORDER BY rowid LIMIT 1').get() as { id: string }).id
const enfantIds = (sqlite.prepare('SELECT enfant_id AS id FROM inscriptions WHERE collectif_id = ?').all(collectifId) as { id: string }[]).map((r) => r.id)
const report = (line: string) => writeSync(1, `${line}\n`)

// Each séance takes the next free (day, minute) slot from 3 November: slots stay unique across rounds.
const SLOTS_PER_DAY = 600
let slot = (sqlite.prepare('SELECT count(*) AS n FROM seances').get() as { n: number }).n
report('ready')
for (;;) {
  const day = new Date(Date.UTC(2025, 10, 3 + Math.floor(slot / SLOTS_PER_DAY)))
  const minutes = 8 * 60 + (slot % SLOTS_PER_DAY)
  const heureDebut = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
  slot++
  const seance = dispatch('seances.save', { collectifId, date: day.toISOString().slice(0, 10), heureDebut, dureeMinutes: 60 }) as { id: string }
  report(`S ${seance.id}`)
  const marks = enfantIds.map((enfantId, i) => ({ enfantId, statut: (['present', 'absent', 'excuse'] as const)[(slot + i) % 3] }))
  dispatch('registre.setPresences', { seanceId: seance.id, marks })
  report(`P ${seance.id} ${marks.length}`)
}
