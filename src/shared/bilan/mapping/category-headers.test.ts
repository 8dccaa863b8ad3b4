import { describe, expect, it } from 'vitest'
import { readHeader } from './category-headers'

const groupe = (text: string, quartiers: string[] = []) => {
  const h = readHeader(text, quartiers)
  return h.kind === 'groupe' ? h.groupe : h.kind
}

describe('reading a heading of a table into the children it counts', () => {
  it('reads age bands from their own bounds, never the nearest fixed band', () => {
    expect(groupe('6-10 ans')).toEqual({ age: { min: 6, max: 10 } })
    expect(groupe('11 à 16 ans')).toEqual({ age: { min: 11, max: 16 } })
    expect(groupe('De 11 à 16 ans')).toEqual({ age: { min: 11, max: 16 } })
    expect(groupe('+ de 17 ans')).toEqual({ age: { min: 17, max: null } })
    expect(groupe('17 ans et plus')).toEqual({ age: { min: 17, max: null } })
    expect(groupe('moins de 6 ans')).toEqual({ age: { min: null, max: 5 } })
    expect(groupe('Nombre d’enfants de 15 – 17 ans')).toEqual({ age: { min: 15, max: 17 } })
    expect(groupe('16-11 ans')).toBe('illisible')
  })

  it('reads sexes under their usual labels (G = garçons)', () => {
    for (const f of ['F', 'Filles', 'filles', 'Féminin', 'Nombre de filles']) expect(groupe(f), f).toEqual({ sexe: 'F' })
    for (const m of ['M', 'G', 'Garçons', 'garcons', 'Masculin']) expect(groupe(m), m).toEqual({ sexe: 'M' })
    expect(groupe('Filles 6-10 ans')).toEqual({ age: { min: 6, max: 10 }, sexe: 'F' })
    expect(groupe('G / F')).toBe('illisible')
  })

  it('reads groups of levels', () => {
    expect(groupe('CP-CE1')).toEqual({ niveaux: ['CP', 'CE1'] })
    expect(groupe('CE2-CM2')).toEqual({ niveaux: ['CE2', 'CM1', 'CM2'] })
    expect(groupe('Primaire')).toEqual({ niveaux: ['CP', 'CE1', 'CE2', 'CM1', 'CM2'] })
    expect(groupe('Élémentaire')).toEqual({ niveaux: ['CP', 'CE1', 'CE2', 'CM1', 'CM2'] })
    expect(groupe('6e-5e')).toEqual({ niveaux: ['6E', '5E'] })
    expect(groupe('4ème - 3ème')).toEqual({ niveaux: ['4E', '3E'] })
    expect(groupe('Collège')).toEqual({ niveaux: ['6E', '5E', '4E', '3E'] })
    expect(groupe('Lycée')).toEqual({ niveaux: ['2NDE', '1RE', 'TLE'] })
    expect(groupe('CP/CE1/CE2')).toEqual({ niveaux: ['CP', 'CE1', 'CE2'] })
    expect(groupe('T')).toEqual({ niveaux: ['TLE'] })
    expect(groupe('Collège Victor Hugo')).toBe('illisible')
  })

  it('reads named quartiers of the families, accents and case aside, and totals', () => {
    const quartiers = ['Ousse des Bois', 'Saragosse']
    expect(groupe('SARAGOSSE', quartiers)).toEqual({ quartier: 'Saragosse' })
    expect(groupe('Quartier de l’Ousse des bois', ['Ousse des Bois', "l'Ousse des Bois"])).toEqual({ quartier: "l'Ousse des Bois" })
    expect(groupe('Ousse-des-Bois', quartiers)).toEqual({ quartier: 'Ousse des Bois' })
    expect(groupe('Territoires en veille active', quartiers)).toBe('illisible')
    expect(groupe('Saragosse')).toBe('illisible')
    for (const t of ['Total', 'TOTAL', 'Total général', 'Sous-total']) expect(groupe(t), t).toBe('total')
    expect(groupe('Nombre d’enfants')).toBe('vide')
    expect(groupe('Nombre de bénévoles')).toBe('illisible')
  })
})
