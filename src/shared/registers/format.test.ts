import { describe, expect, it } from 'vitest'
import { heureFin, horaires, jourMois, periodeFr, safeFileName } from './format'

describe('register wording', () => {
  it('gives the end of a séance, across the hour and past midnight', () => {
    expect(heureFin('16:45', 90)).toBe('18:15')
    expect(heureFin('09:00', 15)).toBe('09:15')
    expect(heureFin('23:30', 60)).toBe('00:30')
    expect(horaires({ heureDebut: '17:00', dureeMinutes: 120 })).toBe('17:00 – 19:00')
  })

  it('writes dates the French way', () => {
    expect(jourMois('2025-12-09')).toBe('09/12')
    expect(periodeFr('2025-12-01', '2026-01-31')).toBe('du 01/12/2025 au 31/01/2026')
  })

  it('makes a file name any system accepts from a collectif name', () => {
    expect(safeFileName(['registre', 'Collège 6e-5e / « Étoile »', '2025-12-01'], 'xlsx')).toBe('registre-college-6e-5e-etoile-2025-12-01.xlsx')
    expect(safeFileName(['///'], 'pdf')).toBe('registre.pdf')
  })
})
