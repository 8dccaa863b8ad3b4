import { describe, expect, it } from 'vitest'
import { parseDateFr } from './parse-date'
import { parseNiveau } from './parse-level'
import { normalizePhone } from './parse-phone'
import { parseSexe } from './parse-sex'
import { parseOuiNon } from './parse-yes-no'

describe('parseNiveau', () => {
  it.each([
    ['CM 1', 'CM1'], ['cm1', 'CM1'], ['CM1 ', 'CM1'], ['Cp', 'CP'], ['ce 2', 'CE2'],
    ['4ème', '4E'], ['4e', '4E'], ['quatrième', '4E'], ['6eme', '6E'], ['6ème A', '6E'], ['3e SEGPA', '3E'],
    ['seconde', '2NDE'], ['2nde', '2NDE'], ['1ère', '1RE'], ['Première', '1RE'], ['Terminale', 'TLE'], ['Tle', 'TLE'],
  ])('reads « %s » as %s', (written, code) => expect(parseNiveau(written)).toBe(code))

  it.each(['CM3', '7e', 'CP-CE1', '', 'maternelle', '4'])('refuses « %s »', (written) => expect(parseNiveau(written)).toBeNull())
})

describe('parseDateFr', () => {
  it.each([
    ['03/09/2015', '2015-09-03'], ['3/9/15', '2015-09-03'], ['03-09-2015', '2015-09-03'], ['03.09.2015', '2015-09-03'],
    ['2015-09-03', '2015-09-03'], ['3 septembre 2015', '2015-09-03'], ['1er mars 2016', '2016-03-01'], ['12 févr. 2014', '2014-02-12'],
    ['29/02/2016', '2016-02-29'], ['5/5/98', '1998-05-05'],
  ])('reads « %s »', (written, iso) => expect(parseDateFr(written, 2025)).toBe(iso))

  it('reads exceljs Dates (UTC midnight) and Excel serial numbers', () => {
    expect(parseDateFr(new Date(Date.UTC(2015, 8, 3)), 2025)).toBe('2015-09-03')
    // 42250 is 3 September 2015 in Excel (days since 1899-12-30).
    expect(parseDateFr(42250, 2025)).toBe('2015-09-03')
    expect(parseDateFr(42250.5, 2025)).toBe('2015-09-03')
  })

  it.each(['31/02/2015', '2015-13-01', 'demain', '03/09', '32 mai 2015', '3 brumaire 2015'])('refuses « %s »', (written) => expect(parseDateFr(written, 2025)).toBeNull())
})

describe('parseSexe', () => {
  it.each([['F', 'F'], ['Fille', 'F'], ['féminin', 'F'], ['G', 'M'], ['Garçon', 'M'], ['M', 'M'], ['garcon', 'M']])('reads « %s »', (w, s) => expect(parseSexe(w)).toBe(s))
  it('refuses what is neither', () => expect(parseSexe('X')).toBeNull())
})

describe('normalizePhone', () => {
  it.each([
    ['0612345678', '06 12 34 56 78'], ['06.12.34.56.78', '06 12 34 56 78'], ['06-12-34-56-78', '06 12 34 56 78'],
    ['+33 6 12 34 56 78', '06 12 34 56 78'], ['+33 (0)6 12 34 56 78', '06 12 34 56 78'], ['0033612345678', '06 12 34 56 78'],
    ['+32 470 12 34 56', '+32470123456'],
  ])('writes « %s » as « %s »', (w, n) => expect(normalizePhone(w)).toBe(n))
  it('puts back the leading zero a spreadsheet dropped from a number', () => expect(normalizePhone(612345678)).toBe('06 12 34 56 78'))
  it.each(['12', 'demander à la mère', '06 12 34'])('refuses « %s »', (w) => expect(normalizePhone(w)).toBeNull())
})

describe('parseOuiNon', () => {
  it.each([['oui', true], ['X', true], ['1', true], ['Non', false], ['0', false], [true, true]] as const)('reads « %s »', (w, b) => expect(parseOuiNon(w)).toBe(b))
  it('answers null to anything else', () => expect(parseOuiNon('peut-être')).toBeNull())
})
