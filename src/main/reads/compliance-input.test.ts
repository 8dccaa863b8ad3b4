import { afterEach, describe, expect, it } from 'vitest'
import { buildLargeAssociation } from '../../../scripts/bench/large-association'
import { enfantsConnus, parQuartier } from '../../shared/bilan/figures/groupes'
import { evaluateCompliance } from '../../shared/compliance'
import { dashboardData } from '../../shared/dashboard/dashboard-data'
import type { EchangeDocument } from '../../shared/exchange/schema'
import { seancesSansRegistre } from '../../shared/seances/held'
import { buildDemoDocument } from '../demo/build-demo'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { withIrregularRegisters } from '../../../tests/helpers/irregular-registers'
import { readComplianceInput } from './compliance-input'
import { exportDocument } from '../reads/year-document'

let t: TestWorkspace
afterEach(() => t.cleanup())

/** A generated association with the irregular registers the large one lacks. */
function generated(): EchangeDocument {
  const doc = withIrregularRegisters(buildLargeAssociation(6, 9))
  doc.structure.milieuRural = true
  return doc
}

describe('the dashboard read from per-séance counts', () => {
  const cases: [string, () => EchangeDocument, string[]][] = [
    ['the demonstration', buildDemoDocument, ['2025-09-01', '2025-11-20', '2026-02-03', '2026-05-14', '2026-07-03']],
    ['a generated association', generated, ['2025-09-01', '2025-11-06', '2026-01-15', '2026-04-02', '2026-07-03']],
  ]
  for (const [name, build, dates] of cases) {
    it(`gives on ${name} what the full snapshot gives, at several dates`, () => {
      t = tempWorkspace('2026-01-15')
      t.call('echange.import', { document: build() })
      const ctx = t.workspace.context()
      const full = exportDocument(ctx)
      const lean = readComplianceInput(ctx)
      // Not the same data: the lean séances carry counts, no child's name.
      expect(lean.seances.flatMap((s) => s.presences).every((p) => p.enfantId === '')).toBe(true)
      for (const date of dates) {
        const expected = { date, resultats: evaluateCompliance(full, date), ...dashboardData(full, date) }
        expect(evaluateCompliance(lean, date)).toEqual(expected.resultats)
        expect(dashboardData(lean, date)).toEqual(dashboardData(full, date))
        // Children per quartier: by SQL, the same as from the snapshot's enrolled children.
        expect(t.call('tableauDeBord.donnees', { date })).toEqual({ ...expected, ...parQuartier(enfantsConnus(full, date).enfants) })
        expect(t.call('conformite.evaluer', { date })).toEqual({ date, resultats: expected.resultats, seancesSansRegistre: seancesSansRegistre(full, date) })
      }
      // Marks typed after the séances were kept (`seance-registers.ts`): the calls see them.
      const date = dates[dates.length - 1]
      for (const s of exportDocument(ctx).seances.filter((x) => x.presences.length > 1 && !x.annulee).slice(0, 3)) {
        for (const p of s.presences.slice(0, 2)) t.call('registre.setPresence', { seanceId: s.id, enfantId: p.enfantId, statut: p.statut === 'present' ? 'absent' : 'present' })
        const now = exportDocument(ctx)
        expect(t.call('tableauDeBord.donnees', { date })).toEqual({ date, resultats: evaluateCompliance(now, date), ...dashboardData(now, date), ...parQuartier(enfantsConnus(now, date).enfants) })
      }
    })
  }
})
