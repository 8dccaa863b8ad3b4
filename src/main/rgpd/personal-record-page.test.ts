import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import { NIVEAU_LABELS, type Niveau } from '../../shared/domain/lists'
import type { Enfant } from '../../shared/exchange/schema'
import { buildDemoDocument } from '../demo/build-demo'

let t: TestWorkspace
beforeEach(() => {
  t = tempWorkspace('2026-06-20')
  t.call('echange.import', { document: buildDemoDocument() })
})
afterEach(() => t.cleanup())

const text = (f: { base64: string }) => Buffer.from(f.base64, 'base64').toString('utf8')

describe('rgpd.exporterPage: the right of access as a page a family reads', () => {
  it("a child's page says the same as the JSON file, in words and French dates, and can be printed", () => {
    const doc = t.call('echange.export')
    const present = new Set(doc.seances.flatMap((s) => s.presences.map((p) => p.enfantId)))
    const enfant = doc.enfants.find((e) => e.familleId && e.dateNaissance && present.has(e.id)) as Enfant
    const page = t.call('rgpd.exporterPage', { enfantId: enfant.id })
    expect(page.type).toBe('text/html')
    expect(page.nomFichier).toBe(t.call('rgpd.exporter', { enfantId: enfant.id }).nomFichier.replace(/\.json$/, '.html'))
    const html = text(page)
    expect(html).toContain(`<h1>Données personnelles — ${enfant.prenom} ${enfant.nom}</h1>`)
    expect(html).toContain(`<dt>Date de naissance</dt><dd>${formatDateCourteFr(enfant.dateNaissance!)}</dd>`)
    expect(html).toContain(`<dt>Niveau scolaire</dt><dd>${NIVEAU_LABELS[enfant.niveau as Niveau]}</dd>`)
    expect(html).toContain('<h2>La famille</h2>')
    expect(html).toContain('@media print')
    // One row per mark, each in words; no code of the exchange format is left.
    const marks = doc.seances.flatMap((s) => s.presences).filter((p) => p.enfantId === enfant.id)
    const rows = html.slice(html.indexOf('Présences aux séances')).match(/<tr><td>/g) ?? []
    expect(rows).toHaveLength(marks.length)
    expect(html).not.toMatch(/>(present|absent|excuse)</)
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })

  it("a family's page holds each of its children, and a name with markup stays text", () => {
    const famille = t.call('familles.save', { nom: '<b>Diallo</b> & fils' })
    t.call('enfants.save', { prenom: 'Awa', nom: 'Diallo', niveau: 'CE1', familleId: famille.id, inscriptions: [] })
    const html = text(t.call('rgpd.exporterPage', { familleId: famille.id }))
    expect(html).toContain('&#60;b&#62;Diallo&#60;/b&#62; &#38; fils')
    expect(html).not.toContain('<b>Diallo</b>')
    expect(html).toContain('<h2>Awa Diallo</h2>')
    expect(html).toContain('<h2>Actions avec les parents</h2>')
  })
})
