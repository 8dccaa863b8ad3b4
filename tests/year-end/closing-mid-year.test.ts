import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { seedAssociation } from '../helpers/association'
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace'
import { waitClosing } from './wait-closing'

let t: TestWorkspace
beforeEach(() => (t = tempWorkspace('2025-11-20')))
afterEach(() => t.cleanup())

it('a closing before the year ends counts what was held up to today, never what is only planned', async () => {
  const seed = seedAssociation(t, 2)
  const held = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-18', heureDebut: '16:45', dureeMinutes: 90 })
  t.call('registre.setPresence', { seanceId: held.id, enfantId: seed.enfants[0].id, statut: 'present' })
  t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-12-02', heureDebut: '16:45', dureeMinutes: 90 })

  const job = await waitClosing(t, t.call('cloture.demarrer', { modeleId: 'caf01-2025-2026', dossier: join(t.dir, 'sortie'), pdf: false }).travailId)
  const folder = job.resultat!.dossier!
  expect(readFileSync(join(folder, 'README.txt'), 'utf8')).toContain("séances tenues jusqu'au 20/11/2025")
  const archived = JSON.parse(readFileSync(join(folder, 'document-echange-2025-2026.json'), 'utf8')) as { seances: unknown[] }
  // The archive is the data as it is (the planned séance included); the figures and registers stop at today.
  expect(archived.seances).toHaveLength(2)
  const pdf = join(folder, 'registres', 'emargement-cm1-cm2-mardi-jeudi-2025-2026.pdf')
  if (spawnSync('sh', ['-c', 'command -v pdftotext']).status !== 0) return
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout
  expect(text.match(/Feuille d'émargement — /g)).toHaveLength(1)
  expect(text).toContain('Mardi 18 novembre 2025')
  expect(text).not.toContain('2 décembre 2025')
}, 120_000)
