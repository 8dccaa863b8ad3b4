import { afterEach, describe, expect, it } from 'vitest'
import { main } from '../hosts/cli/main'
import { buildDemoDocument } from '../demo/build-demo'
import { seedAssociation } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
afterEach(() => t.cleanup())

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('compliance of the database’s year', () => {
  it('finds on the demonstration the limits it was built with', () => {
    t = tempWorkspace('2026-11-25')
    const demo = buildDemoDocument()
    t.call('echange.import', { document: demo })
    const { date, resultats } = t.call('conformite.evaluer')
    expect(date).toBe('2026-07-03') // today, clipped to the year
    const of = (nom: string, regle: string) => resultats.find((r) => r.regle === regle && r.collectifId === demo.collectifs.find((c) => c.nom === nom)!.id)!
    expect(of('Collège 4e-3e', 'R1-effectif')).toMatchObject({ statut: 'non_conforme', mesure: 7 })
    expect(of('Collège 4e-3e', 'R2-encadrement').statut).toBe('non_conforme')
    expect(of('Collège 4e-3e', 'R4-duree-annuelle')).toMatchObject({ statut: 'conforme', mesure: 27 })
    expect(of('CP-CE1 lundi-jeudi', 'R4-duree-annuelle')).toMatchObject({ statut: 'conforme', mesure: 28 })
    expect(of('CP-CE1 lundi-jeudi', 'R5-periode').statut).toBe('alerte')
    expect(resultats.find((r) => r.regle === 'R8-axe-parents')?.statut).toBe('conforme')
  })

  it('changes as soon as attendance is saved', () => {
    t = tempWorkspace('2025-11-20')
    const seed = seedAssociation(t, 8)
    const s = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    const r7 = () => t.call('conformite.evaluer').resultats.find((r) => r.regle === 'R7-presences')!
    expect(r7()).toMatchObject({ statut: 'alerte', mesure: 1 })
    t.call('registre.setPresence', { seanceId: s.id, enfantId: seed.enfants[0].id, statut: 'present' })
    expect(r7()).toMatchObject({ statut: 'conforme' })
  })

  it('gives the dashboard its results and series in one call', () => {
    t = tempWorkspace('2026-11-25')
    t.call('echange.import', { document: buildDemoDocument() })
    const data = t.call('tableauDeBord.donnees', { date: '2026-03-15' })
    expect(data.date).toBe('2026-03-15')
    expect(data.resultats).toEqual(t.call('conformite.evaluer', { date: '2026-03-15' }).resultats)
    // French order: case and accents aside, « Collège » comes before « CP ».
    expect(data.collectifs.map((c) => c.nom)).toEqual(['CE2-CM2 mardi-vendredi', 'Collège 4e-3e', 'Collège 6e-5e', 'CP-CE1 lundi-jeudi'])
    for (const c of data.collectifs) {
      expect(c.semaines.reduce((n, w) => n + w.tenues, 0)).toBe(c.seancesTenues)
      expect(c.tauxPresence).toBeGreaterThan(0.75)
    }
    expect(data.objectifsParents).toHaveLength(5)
  })

  it('is printed by `clas compliance`, in French or as JSON only', async () => {
    t = tempWorkspace()
    t.call('echange.import', { document: buildDemoDocument() })
    const text = await run('compliance', '--db', t.path, '--date', '2026-03-15')
    expect(text.code).toBe(0)
    expect(text.out).toMatch(/^Conformité au référentiel national, année 2025-2026, au 15\/03\/2026/)
    expect(text.out).toContain('Collectif « Collège 4e-3e »')
    expect(text.out).toMatch(/R4-duree-annuelle +(conforme|alerte) +\d+ semaines d'activité à ce jour\. À ce rythme : \d+ semaines au 15 juin, 27 exigées/)
    const json = await run('compliance', '--db', t.path, '--date', '2026-03-15', '--json')
    const parsed = JSON.parse(json.out) as { regle: string }[]
    expect(parsed).toHaveLength(7 + 4 * 5)
    expect(parsed[0].regle).toBe('R6-public')
    // The French way of typing a date is the same date; one that does not exist is refused in words.
    expect((await run('compliance', '--db', t.path, '--date', '15/03/2026')).out).toBe(text.out)
    expect((await run('compliance', '--db', t.path, '--date', '31/02/2026')).err).toBe("date : le 31 février 2026 n'existe pas")
  })
})

describe('the dashboard’s children per quartier (issue 17)', () => {
  it('counts the children enrolled as of the date per quartier of their family, spellings folded, and those without one', () => {
    t = tempWorkspace('2026-03-10')
    const demo = buildDemoDocument()
    const names = ['Saragosse', 'saragossé', 'Ousse des Bois']
    const familles = demo.familles.map((f, i) => (i < names.length ? { ...f, quartier: names[i] } : f))
    t.call('echange.import', { document: { ...demo, familles } })
    const asOf = '2026-03-10'
    const enrolled = demo.enfants.filter((e) => e.inscriptions.some((i) => i.du <= asOf && (i.au === undefined || i.au >= demo.anneeScolaire.debut)))
    const quartierOf = (e: (typeof demo.enfants)[number]) => familles.find((f) => f.id === e.familleId)?.quartier
    const expected = (q: string[]) => enrolled.filter((e) => q.includes(quartierOf(e) ?? '')).length
    const data = t.call('tableauDeBord.donnees', { date: asOf })
    expect(data.quartiers.map((q) => q.nom)).toEqual([...(expected(['Ousse des Bois']) > 0 ? ['Ousse des Bois'] : []), ...(expected(['Saragosse', 'saragossé']) > 0 ? ['Saragosse'] : [])])
    expect(data.quartiers.reduce((n, q) => n + q.enfants, 0) + data.sansQuartier).toBe(enrolled.length)
    expect(data.quartiers.find((q) => q.nom === 'Saragosse')?.enfants ?? 0).toBe(expected(['Saragosse', 'saragossé']))
    expect(data.sansQuartier).toBe(enrolled.filter((e) => !quartierOf(e)).length)
    expect(data.sansQuartier).toBeGreaterThan(0)
    expect(expected(['Saragosse', 'saragossé'])).toBeGreaterThan(0)
  })
})
