import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract, type CallName } from '../../src/shared/contract'
import { ApiError } from '../../src/shared/contract/errors'
import { seedAssociation, tableCounts } from '../helpers/association'
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace'

/**
 * Hostile input thrown at every call of the API (reference/reliability.md, scenario 8): wrong
 * types, huge strings, SQL and path metacharacters, prototype keys. Each call must answer or
 * refuse with an ApiError in French, never crash with an internal error, and a refused call
 * must have written nothing.
 */

// Calls that replace or switch the whole database: fuzzed elsewhere (backup/restore tests), not here.
const SKIPPED = new Set<string>(['app.openDemo', 'app.leaveDemo', 'sauvegardes.restaurer', 'recuperation.restaurer', 'recuperation.nouvelleBase'])

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom("'; DROP TABLE enfants; --", '../../../../etc/passwd', '..\\..\\windows\\win.ini', '<script>alert(1)</script>', '%00', '\u0000', '\uFEFF', 'constructor', '__proto__', 'NaN', '-1', '9'.repeat(400), 'é'.repeat(50)),
  fc.constant('x'.repeat(200_000)),
)
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('id', 'nom', 'date', 'collectifId', 'enfantId', '__proto__', 'constructor')), tie('value'), { maxKeys: 5 }),
  ),
})).value

/** A valid-looking object of the call's own keys with hostile values: reaches deeper than random keys. */
function shapedInput(name: CallName): fc.Arbitrary<unknown> {
  const schema = contract[name].input as unknown as { shape?: Record<string, unknown>; def?: { innerType?: { shape?: Record<string, unknown> } } }
  const shape = schema.shape ?? schema.def?.innerType?.shape
  if (!shape) return hostileValue
  return fc.record(Object.fromEntries(Object.keys(shape).map((k) => [k, hostileValue])), { requiredKeys: [] })
}

let t: TestWorkspace
beforeAll(() => {
  t = tempWorkspace()
  seedAssociation(t, 3)
})
afterAll(() => t.cleanup())

describe('every call under hostile input', () => {
  const names = (Object.keys(contract) as CallName[]).filter((n) => !SKIPPED.has(n))

  for (const name of names) {
    it(`${name}: answers or refuses in French, never crashes, writes nothing when it refuses`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(hostileValue, shapedInput(name)), async (input) => {
          const before = tableCounts(t)
          let error: unknown
          try {
            await t.dispatch(name, input)
          } catch (e) {
            error = e
          }
          if (error === undefined) return
          expect(error).toBeInstanceOf(ApiError)
          const apiError = error as ApiError
          expect(apiError.code, `${name} ${JSON.stringify(input)?.slice(0, 200)}: ${apiError.message}`).not.toBe('internal')
          expect(apiError.message.length).toBeGreaterThan(0)
          expect(apiError.message.length).toBeLessThan(2000)
          expect(tableCounts(t)).toEqual(before)
        }),
        { numRuns: 40, seed: 20261125 },
      )
    }, 60_000)
  }
})
