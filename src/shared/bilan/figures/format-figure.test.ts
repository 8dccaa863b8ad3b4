import { describe, expect, it } from 'vitest'
import { formatFigure } from './format-figure'

const NBSP = '\u00a0'

describe('formatFigure', () => {
  it('writes numbers the French way: decimal comma, grouped thousands', () => {
    expect(formatFigure(41, 'entier')).toBe('41')
    expect(formatFigure(0, 'entier')).toBe('0')
    expect(formatFigure(1086.5, 'heures')).toBe(`1${NBSP}086,5`)
    expect(formatFigure(1234567, 'entier')).toBe(`1${NBSP}234${NBSP}567`)
    expect(formatFigure(3.4, 'decimal')).toBe('3,4')
    expect(formatFigure(0.68, 'decimal')).toBe('0,68')
    expect(formatFigure(2, 'decimal')).toBe('2')
    expect(formatFigure(84, 'pourcentage')).toBe(`84${NBSP}%`)
  })

  it('writes dates dd/mm/yyyy, booleans Oui/Non, durations in hours and minutes, null as a blank', () => {
    expect(formatFigure('2025-11-03', 'date')).toBe('03/11/2025')
    expect(formatFigure(true, 'booleen')).toBe('Oui')
    expect(formatFigure(false, 'booleen')).toBe('Non')
    expect(formatFigure(90, 'minutes')).toBe(`1${NBSP}h${NBSP}30`)
    expect(formatFigure(120, 'minutes')).toBe(`2${NBSP}h`)
    expect(formatFigure(45, 'minutes')).toBe(`45${NBSP}min`)
    expect(formatFigure(97.5, 'minutes')).toBe(`1${NBSP}h${NBSP}38`)
    expect(formatFigure(null, 'entier')).toBe('')
    expect(formatFigure(null, 'booleen')).toBe('')
    expect(formatFigure('Association Les Ponts', 'texte')).toBe('Association Les Ponts')
  })
})
