import { afterEach, describe, expect, it } from 'vitest'
import { buildLargeAssociation } from '../../../scripts/bench/large-association'
import { computeFigures } from '../../shared/bilan/figures'
import type { EchangeDocument } from '../../shared/exchange/schema'
import { buildDemoDocument } from '../demo/build-demo'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { withIrregularRegisters } from '../../../tests/helpers/irregular-registers'
import { exportDocument } from '../reads/year-document'
import { readFiguresInput } from './figures-input'

let t: TestWorkspace
afterEach(() => t.cleanup())

/** The large association of the bench, with the irregular registers it lacks. */
function large(): EchangeDocument {
  return withIrregularRegisters(buildLargeAssociation())
}

describe("the bilan's figures read without every mark", () => {
  const cases: [string, () => EchangeDocument, string[]][] = [
    ['the demonstration', buildDemoDocument, ['2025-09-01', '2025-11-20', '2026-02-03', '2026-05-14', '2026-07-03']],
    ['the large association', large, ['2025-09-01', '2025-11-06', '2026-03-15', '2026-07-03']],
  ]
  for (const [name, build, dates] of cases) {
    it(`gives on ${name} the figures of the full snapshot, at several dates`, () => {
      t = tempWorkspace('2026-01-15')
      t.call('echange.import', { document: build() })
      const ctx = t.workspace.context()
      const full = exportDocument(ctx)
      const lean = readFiguresInput(ctx)
      // Not the same data: only the marks « présent » name their child.
      const marks = lean.seances.flatMap((s) => s.presences)
      expect(marks.some((p) => p.statut !== 'present')).toBe(true)
      expect(marks.every((p) => (p.statut === 'present') === (p.enfantId !== ''))).toBe(true)
      for (const date of dates) {
        const expected = computeFigures(full, date)
        expect(computeFigures(lean, date)).toEqual(expected)
        expect(t.call('bilan.chiffres', { date })).toEqual(expected)
      }
      // Marks typed after the séances were kept (`seance-registers.ts`): the call sees them.
      const held = exportDocument(ctx).seances.filter((s) => s.presences.length > 1 && !s.annulee).slice(0, 3)
      for (const s of held) {
        for (const p of s.presences.slice(0, 2)) t.call('registre.setPresence', { seanceId: s.id, enfantId: p.enfantId, statut: p.statut === 'present' ? 'absent' : 'present' })
        const date = dates[dates.length - 1]
        expect(t.call('bilan.chiffres', { date })).toEqual(computeFigures(exportDocument(ctx), date))
      }
    }, 60_000)
  }
})
