import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { takeBackup } from '../../src/main/backup/take-backup'
import { buildDemoDocument } from '../../src/main/demo/build-demo'
import { seedAssociation, tableCounts } from '../helpers/association'
import { backedUpWorkspace, count, readFile } from './backup-workspace'

const WRITER = join(import.meta.dirname, '..', 'crash', 'writer.ts')
const ROOT = join(import.meta.dirname, '..', '..')

let t: ReturnType<typeof backedUpWorkspace>
afterEach(() => t?.cleanup())

describe('backup while another process writes', () => {
  it('ends in bounded time with a checked copy holding every write acknowledged before it began', async () => {
    t = backedUpWorkspace()
    const { collectif } = seedAssociation(t)
    // a file of some size, so that copying it page by page takes many turns of the event loop
    t.call('echange.import', { document: buildDemoDocument() })
    const seancesBefore = tableCounts(t).seances
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, t.path], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    let acked = 0
    const enough = new Promise<void>((resolve) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        acked += chunk.split('\n').filter((l) => l.startsWith('S ')).length
        if (acked >= 50) resolve()
      })
    })
    try {
      await enough
      const ackedBefore = acked
      const started = Date.now()
      // one page per step: the writer commits between steps, which makes SQLite start over
      const path = await takeBackup(t.workspace.context().sqlite, join(t.dir, 'copie.sqlite'), { pagesPerStep: 1, timeoutMs: 15_000 })
      expect(Date.now() - started).toBeLessThan(20_000)
      // the writer was writing before and is still writing after: the copy was made under load
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => acked >= ackedBefore + 5 && (clearInterval(poll), resolve()), 10)
      })
      readFile(path, (db) => {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
        expect(count(db, 'seances')).toBeGreaterThanOrEqual(seancesBefore + ackedBefore)
        // each attendance batch of the writer is in the copy whole, or not at all
        const partial = db.prepare(
          'SELECT count(*) AS n FROM seances s WHERE s.collectif_id = ? AND (SELECT count(*) FROM presences p WHERE p.seance_id = s.id) NOT IN (0, 8)',
        ).get(collectif.id) as { n: number }
        expect(partial.n).toBe(0)
      })
    } finally {
      child.kill('SIGKILL')
    }
  }, 60_000)
})
