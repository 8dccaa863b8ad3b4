import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { frenchErrorMap, listProblems } from './french-errors'
import { dateProblem, heure, isoDate } from './fields'

const messageOf = (schema: z.ZodType, value: unknown) => {
  const parsed = z.object({ date: schema }).safeParse({ date: value }, { error: frenchErrorMap })
  return parsed.success ? null : listProblems(parsed.error).map((p) => p.message).join(' | ')
}

describe('date messages speak the person’s format', () => {
  it('names the impossible day in words', () => {
    expect(dateProblem('2013-02-31')).toBe("le 31 février 2013 n'existe pas")
    expect(dateProblem('2025-04-31')).toBe("le 31 avril 2025 n'existe pas")
    expect(dateProblem('2025-13-01')).toBe("le mois 13 n'existe pas (JJ/MM/AAAA)")
    expect(dateProblem('2024-02-29')).toBeNull()
  })

  it('never quotes an empty value, never asks for AAAA-MM-JJ', () => {
    for (const value of ['', '2013-02-31', '31/02/2013', '2025-11', 20260615, 'demain']) {
      const message = messageOf(isoDate(), value)
      expect(message, String(value)).not.toBeNull()
      expect(message).not.toMatch(/AAAA-MM-JJ|« »/)
    }
    expect(messageOf(isoDate(), '')).toMatch(/vide ou incomplète.*JJ\/MM\/AAAA/)
    expect(messageOf(isoDate(), '2013-02-31')).toMatch(/le 31 février 2013 n'existe pas/)
    expect(messageOf(heure(), '')).toMatch(/l'heure est vide ou incomplète/)
    expect(messageOf(heure(), '')).not.toMatch(/« »/)
  })
})
