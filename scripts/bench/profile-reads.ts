// `node --cpu-prof --cpu-prof-dir=/tmp/x bin/run-ts.mjs scripts/bench/profile-reads.ts [call]`:
// the cold read calls of the bench in a loop (a mark typed before each), for a CPU profile.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDispatcher } from '../../src/main/api/dispatch'
import { Workspace } from '../../src/main/workspace'
import { buildLargeAssociation } from './large-association'

const DATE = '2026-03-15'
const calls = process.argv[2] ? [process.argv[2]] : ['tableauDeBord.donnees', 'bilan.chiffres']
const dir = mkdtempSync(join(tmpdir(), 'clas-profile-'))
const workspace = new Workspace(join(dir, 'bench.sqlite'), { today: () => DATE })
try {
  const doc = buildLargeAssociation(60, 12)
  const dispatch = createDispatcher(workspace)
  dispatch('echange.import', { document: doc })
  const held = doc.seances.find((s) => s.date <= DATE && s.presences.length > 0)!
  for (const call of calls) {
    const start = performance.now()
    for (let i = 0; i < 60; i++) {
      dispatch('registre.setPresence', { seanceId: held.id, enfantId: held.presences[0].enfantId, statut: i % 2 ? 'absent' : 'present' })
      dispatch(call, { date: DATE })
    }
    console.log(call, ((performance.now() - start) / 60).toFixed(1), 'ms per mark + call')
  }
} finally {
  workspace.close()
  rmSync(dir, { recursive: true, force: true })
}
