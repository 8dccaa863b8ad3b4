import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDispatcher } from '../src/main/api/dispatch'
import { runCli as run } from './helpers/run-cli'
import { Workspace } from '../src/main/workspace'
import { startNextYearBySql } from './helpers/next-year'

let dir: string
let db: string
const previousToday = process.env.CLAS_TODAY


/** What the commands say of year 2025-2026: each must stay the same, byte for byte. */
async function pastYearReadings() {
  const exported = await run('export', '--db', db, '--year', '2025-2026')
  const figures = await run('figures', '--db', db, '--year', '2025-2026', '--json')
  const compliance = await run('compliance', '--db', db, '--year', '2025-2026', '--date', '2026-06-20')
  const bilan = await run('bilan', '--db', db, '--year', '2025-2026', '--template', 'bilan-2024-2025', '--out', join(dir, 'bilan.docx'), '--json')
  for (const r of [exported, figures, compliance, bilan]) expect(r.code, r.err).toBe(0)
  const filled = JSON.parse(bilan.out) as { remplis: number }
  // `exporteLe` is the moment of the export (the machine's clock), not the year's data.
  return { exported: exported.out.replace(/"exporteLe": "[^"]+"/, '"exporteLe": "…"'), figures: figures.out, compliance: compliance.out, remplis: filled.remplis }
}

beforeAll(async () => {
  process.env.CLAS_TODAY = '2026-06-20'
  dir = mkdtempSync(join(tmpdir(), 'clas-past-year-'))
  db = join(dir, 'clas.sqlite')
  expect((await run('demo', '--db', db)).code).toBe(0)
})
afterAll(() => {
  if (previousToday === undefined) delete process.env.CLAS_TODAY
  else process.env.CLAS_TODAY = previousToday
  rmSync(dir, { recursive: true, force: true })
})

describe('a past year read from its archive by the commands (--year)', () => {
  it('says the same of it, byte for byte, after the next year is edited', async () => {
    const live = await pastYearReadings()
    const w = new Workspace(db, { today: () => '2026-09-15' })
    try {
      startNextYearBySql(w, { libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-02' })
      expect(await pastYearReadings()).toEqual(live)

      // September: children one level up, a family's new phone, a collectif of the new year with a held séance.
      const { sqlite } = w.context()
      sqlite.prepare("UPDATE enfants SET niveau = CASE niveau WHEN 'CM1' THEN 'CM2' WHEN 'CM2' THEN '6e' ELSE 'autre' END").run()
      sqlite.prepare("UPDATE familles SET telephone = '0600000000'").run()
      const call = createDispatcher(w, { checkOutput: true })
      const lieuId = sqlite.prepare('SELECT id FROM lieux LIMIT 1').pluck().get() as string
      const enfantId = sqlite.prepare('SELECT id FROM enfants LIMIT 1').pluck().get() as string
      const collectif = call('collectifs.save', { nom: 'Nouveau collectif', niveau: 'college', lieuId, etablissementIds: [], creneaux: [], intervenantIds: [] }) as { id: string }
      call('enfants.inscrirePlusieurs', { collectifId: collectif.id, enfantIds: [enfantId], du: '2026-09-07' })
      const seance = call('seances.save', { collectifId: collectif.id, date: '2026-09-08', heureDebut: '17:00', dureeMinutes: 90 }) as { id: string }
      call('registre.setPresence', { seanceId: seance.id, enfantId, statut: 'present' })
    } finally {
      w.close()
    }

    const after = await pastYearReadings()
    expect(after.exported).toBe(live.exported)
    expect(after.figures).toBe(live.figures)
    expect(after.compliance).toBe(live.compliance)
    expect(after.remplis).toBe(live.remplis)
    // The current year did change: it is read from the live base.
    const current = JSON.parse((await run('export', '--db', db)).out) as { anneeScolaire: { libelle: string }; seances: unknown[] }
    expect(current.anneeScolaire.libelle).toBe('2026-2027')
    expect(current.seances).toHaveLength(1)
    expect(readFileSync(join(dir, 'bilan.docx')).length).toBeGreaterThan(1000)
  })
})
