import { describe, expect, it } from 'vitest'
import { echangeDocumentSchema, type EchangeDocument } from '../../shared/exchange/schema'
import { isHeld } from '../../shared/seances/held'
import { buildDemoDocument } from './build-demo'

/** The demonstration is seen on a day, the workspace's: nothing after it has happened yet. */

const aRegistre = (s: EchangeDocument['seances'][number]) => s.presences.length > 0 || s.intervenantIds.length > 0
const registresApres = (doc: EchangeDocument, today: string) => doc.seances.filter((s) => s.date > today && aRegistre(s))

describe('buildDemoDocument({ today })', () => {
  const entier = buildDemoDocument()

  it.each(['2025-12-04', '2026-03-10'])('on %s: no register, cancellation, action or concertation after today', (today) => {
    const doc = buildDemoDocument({ today })
    expect(echangeDocumentSchema.safeParse(doc).success).toBe(true)
    expect(registresApres(doc, today)).toEqual([])
    const aVenir = doc.seances.filter((s) => s.date > today)
    expect(aVenir.length).toBeGreaterThan(20)
    expect(aVenir.every((s) => !s.annulee && s.activites === undefined && s.note === undefined)).toBe(true)
    expect(doc.actionsParents.every((a) => a.date <= today)).toBe(true)
    expect(doc.concertations.every((c) => c.date <= today)).toBe(true)
    expect(doc.enfants.flatMap((e) => e.inscriptions).every((i) => i.au === undefined || i.au <= today)).toBe(true)
    // Every held séance of the day has its register, and the past is the same whatever the day.
    const tenues = doc.seances.filter((s) => isHeld(s, today))
    expect(tenues.length).toBeGreaterThan(0)
    expect(tenues.every(aRegistre)).toBe(true)
    const passeEntier = entier.seances.filter((s) => s.date <= today)
    expect(doc.seances.filter((s) => s.date <= today)).toEqual(passeEntier)
  })

  it('differs between two days: the later one has more registers, actions and concertations', () => {
    const decembre = buildDemoDocument({ today: '2025-12-04' })
    const mars = buildDemoDocument({ today: '2026-03-10' })
    const registres = (d: EchangeDocument) => d.seances.filter(aRegistre).length
    expect(registres(decembre)).toBeLessThan(registres(mars))
    expect(decembre.actionsParents.length).toBeLessThan(mars.actionsParents.length)
    expect(decembre.concertations.length).toBeLessThan(mars.concertations.length)
    expect(decembre.seances.map((s) => s.id)).toEqual(mars.seances.map((s) => s.id))
  })

  it('after the year, the whole year is held; before it, nothing is', () => {
    expect(buildDemoDocument({ today: '2027-01-15' })).toEqual(entier)
    const avant = buildDemoDocument({ today: '2025-08-20' })
    expect(avant.seances.length).toBe(entier.seances.length)
    expect(avant.seances.filter(aRegistre)).toEqual([])
    expect(avant.seances.filter((s) => s.annulee)).toEqual([])
    expect(avant.actionsParents).toEqual([])
    expect(avant.concertations).toEqual([])
    expect(avant.enfants.length).toBe(entier.enfants.length)
  })
})
