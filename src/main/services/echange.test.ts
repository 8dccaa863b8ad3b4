import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { afterEach, describe, expect, it } from 'vitest'
import { buildDemoDocument } from '../demo/build-demo'
import type { EchangeDocument } from '../../shared/exchange/schema'
import { exchangeJsonSchema } from '../../shared/exchange/json-schema'
import { tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

const opened: TestWorkspace[] = []
const fresh = () => {
  const t = tempWorkspace()
  opened.push(t)
  return t
}
afterEach(() => opened.splice(0).forEach((t) => t.cleanup()))

const withoutDate = ({ exporteLe: _e, ...rest }: EchangeDocument) => rest

/** Order-independent form of a document: what a JSON reader would consider the same data. */
function canonical(doc: EchangeDocument) {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id))
  const rest = withoutDate(doc)
  return {
    ...rest,
    lieux: byId(rest.lieux), etablissements: byId(rest.etablissements), intervenants: byId(rest.intervenants),
    collectifs: byId(rest.collectifs), familles: byId(rest.familles),
    enfants: byId(rest.enfants).map((e) => ({ ...e, inscriptions: [...e.inscriptions].sort((a, b) => (a.du + a.collectifId).localeCompare(b.du + b.collectifId)) })),
    seances: byId(rest.seances), actionsParents: byId(rest.actionsParents), concertations: byId(rest.concertations),
    formations: byId(rest.formations), projetsBonus: byId(rest.projetsBonus),
  }
}

describe('exchange format', () => {
  it('import → export → import into a new file → export gives the same document', () => {
    const demo = buildDemoDocument()
    const a = fresh()
    a.call('echange.import', { document: demo })
    const first = a.call('echange.export')
    const b = fresh()
    b.call('echange.import', { document: first })
    const second = b.call('echange.export')
    expect(withoutDate(second)).toEqual(withoutDate(first))
    // …and it is the data that was imported, not only a stable shape.
    expect(canonical(first)).toEqual(canonical(demo))
    expect(first.seances.length).toBeGreaterThan(200)
  })

  it('importing the same document twice changes nothing', () => {
    const t = fresh()
    const demo = buildDemoDocument()
    t.call('echange.import', { document: demo })
    const counts = tableCounts(t)
    const once = t.call('echange.export')
    t.call('echange.import', { document: demo })
    expect(tableCounts(t)).toEqual(counts)
    expect(withoutDate(t.call('echange.export'))).toEqual(withoutDate(once))
  })

  it('keeps optional fields absent when they were absent, and present when given', () => {
    const t = fresh()
    const demo = buildDemoDocument()
    const enfant = { ...demo.enfants[0] }
    delete enfant.sexe
    delete enfant.situations
    const seance = { ...demo.seances[0], annulee: false, activites: [] }
    t.call('echange.import', { document: { ...demo, enfants: [enfant, ...demo.enfants.slice(1)], seances: [seance, ...demo.seances.slice(1)] } })
    const out = t.call('echange.export')
    const back = out.enfants.find((e) => e.id === enfant.id)!
    expect('sexe' in back).toBe(false)
    expect('situations' in back).toBe(false)
    expect(out.seances.find((s) => s.id === seance.id)).toMatchObject({ annulee: false, activites: [] })
  })

  it("carries a family's quartier both ways, and documents without it still import (issue 17)", () => {
    const demo = buildDemoDocument()
    const [avec, sans, ...others] = demo.familles
    const t = fresh()
    t.call('echange.import', { document: { ...demo, familles: [{ ...avec, quartier: 'Ousse des Bois' }, sans, ...others] } })
    const out = t.call('echange.export')
    expect(out.familles.find((f) => f.id === avec.id)?.quartier).toBe('Ousse des Bois')
    expect('quartier' in out.familles.find((f) => f.id === sans.id)!).toBe(false)
    const again = fresh()
    again.call('echange.import', { document: out })
    expect(withoutDate(again.call('echange.export'))).toEqual(withoutDate(out))
    // An empty name is no quartier: refused with the path, nothing written.
    const bad = fresh()
    expect(() => bad.call('echange.import', { document: { ...demo, familles: [{ ...avec, quartier: '  ' }] } })).toThrow(/familles\[0\]\.quartier/)
    expect(bad.call('familles.list')).toEqual([])
  })

  it('exports documents valid against the shipped JSON Schema, which is up to date', () => {
    const shipped = JSON.parse(readFileSync('src/shared/exchange/clas-echange-v1.schema.json', 'utf8'))
    expect(shipped).toEqual(exchangeJsonSchema())
    const ajv = new Ajv2020({ allErrors: true, strict: false })
    addFormats(ajv)
    const validate = ajv.compile(shipped)
    const t = fresh()
    t.call('echange.import', { document: buildDemoDocument() })
    const doc = t.call('echange.export')
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    const broken = JSON.parse(JSON.stringify(doc))
    broken.enfants[3].niveau = 'CM3'
    expect(validate(broken)).toBe(false)
    expect(validate.errors?.[0].instancePath).toBe('/enfants/3/niveau')
  })
})
