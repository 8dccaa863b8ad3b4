import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { seedAssociation } from '../../../tests/helpers/association'
import { backedUpWorkspace } from '../../../tests/backup/backup-workspace'
import { listBackups } from './backup-folder'
import { startAutomaticBackups } from './schedule'

let t: ReturnType<typeof backedUpWorkspace>
afterEach(() => t?.cleanup())

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10))
}

describe('automatic backups of a running host', () => {
  it('backs up at start, then once a day has passed, and says when it cannot', async () => {
    t = backedUpWorkspace()
    seedAssociation(t)
    let clock = Date.parse('2025-11-20T08:00:00')
    const errors: string[] = []
    const reasons = () => listBackups(t.store.defaultFolder, t.path).map((b) => b.reason).sort()
    const stop = startAutomaticBackups(t.workspace, { checkEveryMs: 20, now: () => clock, onError: (m) => errors.push(m) })
    try {
      await until(() => reasons().length === 1)
      expect(reasons()).toEqual(['demarrage'])
      await new Promise((r) => setTimeout(r, 100))
      expect(reasons()).toEqual(['demarrage'])
      clock += 24 * 3_600_000
      await until(() => reasons().length === 2)
      expect(reasons()).toEqual(['demarrage', 'quotidienne'])
      expect(errors).toEqual([])

      // the USB key is gone (here: a file where the folder was): said, and retried next check
      writeFileSync(join(t.dir, 'cle'), 'x')
      t.store.save({ dossier: join(t.dir, 'cle'), key: null })
      clock += 24 * 3_600_000
      await until(() => errors.length > 0)
      expect(errors[0]).toMatch(/^Sauvegarde automatique impossible : Le dossier de sauvegarde .* n'est pas accessible/)
    } finally {
      stop()
    }
  })
})
