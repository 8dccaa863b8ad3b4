import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Budget } from '../../shared/budget/schema'
import { COMPTE_RENDU_COLUMNS } from '../../shared/budget/compte-rendu'
import { seedAssociation } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { COMPTE_RENDU_HEADER_ROW } from './compte-rendu-xlsx'

let t: TestWorkspace
beforeEach(() => {
  t = tempWorkspace()
  const seed = seedAssociation(t, 2)
  const benevole = seed.intervenants[1]
  const s = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 120 })
  t.call('registre.update', { seanceId: s.id, intervenantIds: [benevole.id] })
  t.call('projetsBonus.save', {
    type: 'enfants', intitule: 'Théâtre', collectifIds: [seed.collectif.id], touteAnnee: true,
    depenses: [{ nature: 'intervenants_exterieurs', libelle: 'Compagnie', montantEuros: 300 }],
  })
})
afterEach(() => t.cleanup())

const BUDGET: Budget = {
  tauxHoraireBenevolatCentimes: 1_500,
  lignes: [
    { poste: 'personnel', previsionnelCentimes: 1_000_000, realiseCentimes: 950_000 },
    { poste: 'intervenants_exterieurs', previsionnelCentimes: 100_000, realiseCentimes: 40_000 },
    { poste: 'caf_prestation_service', previsionnelCentimes: 700_000, realiseCentimes: 700_000 },
    { poste: 'commune', previsionnelCentimes: 400_000, realiseCentimes: 323_450 },
    { poste: 'autre_financeur', libelle: 'Fondation de France', previsionnelCentimes: 0, realiseCentimes: 50_000 },
  ],
}

const tool = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0

describe('compte rendu financier', () => {
  it('is refused while no budget is entered', async () => {
    expect(() => t.call('budget.compteRendu', { format: 'xlsx' })).toThrow(/Aucun budget/)
  })

  it('.xlsx: prévisionnel beside réalisé with the écarts, cell by cell', async () => {
    t.call('budget.enregistrer', BUDGET)
    const file = await t.call('budget.compteRendu', { format: 'xlsx' })
    expect(file.nomFichier).toBe('compte-rendu-financier-2025-2026.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer)
    const sheet = wb.worksheets[0]
    expect(sheet.getRow(COMPTE_RENDU_HEADER_ROW).values).toEqual([undefined, ...COMPTE_RENDU_COLUMNS])
    const rows = new Map<string, unknown[]>()
    sheet.eachRow((row, n) => {
      if (n > COMPTE_RENDU_HEADER_ROW) rows.set(String(row.getCell(1).value).replace(/\u00a0/g, ' '), [2, 3, 4, 5].map((c) => row.getCell(c).value))
    })
    expect(rows.get('Personnel : salaires et charges')).toEqual([10_000, 9_500, -500, -5])
    // 400 € typed + 300 € of the bonus project's expenses recorded in Projets bonus.
    expect(rows.get('Intervenants extérieurs (dont projets bonus : 300,00 €)')).toEqual([1_000, 700, -300, -30])
    expect(rows.get('Commune ou intercommunalité')).toEqual([4_000, 3_234.5, -765.5, -19.14])
    expect(rows.get('Fondation de France')).toEqual([0, 500, 500, null])
    expect(rows.get('Total des charges')).toEqual([11_000, 10_200, -800, -7.27])
    expect(rows.get('Total des produits')).toEqual([11_000, 10_734.5, -265.5, -2.41])
    expect(rows.get('Part de la Caf (prestation de service et bonus) dans le coût de l’action, en %')).toEqual([63.64, 68.63, null, null])
    // 2 h of the bénévole at 15 €, on both sides, out of the totals.
    const nature = [...rows.entries()].filter(([k]) => k.includes('bénévolat, 2 h'))
    expect(nature.map(([k, v]) => [k.split(',')[0], v[1]])).toEqual([['Emplois : bénévolat', 30], ['Ressources : bénévolat', 30]])
  })

  it('PDF: the same table, read back as text', async (ctx) => {
    t.call('budget.enregistrer', BUDGET)
    const file = await t.call('budget.compteRendu', { format: 'pdf' })
    const bytes = Buffer.from(file.base64, 'base64')
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    if (!tool('pdftotext')) ctx.skip('pdftotext (poppler-utils) missing: the PDF was not read back')
    const path = join(t.dir, file.nomFichier)
    writeFileSync(path, bytes)
    const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout.replace(/\u00a0/g, ' ')
    expect(text).toContain("Compte rendu financier de l'action Clas — 2025-2026")
    expect(text).toMatch(/Personnel : salaires et charges\s+10 000,00 €\s+9 500,00 €\s+-500,00 €\s+-5 %/)
    expect(text).toMatch(/Total des charges\s+11 000,00 €\s+10 200,00 €\s+-800,00 €\s+-7,27 %/)
    expect(text).toMatch(/Fondation de France\s+0,00 €\s+500,00 €\s+500,00 €/)
    expect(text).toMatch(/63,64 %\s+68,63 %/)
    // Every glyph is in the font: no narrow no-break space printed as a box.
    expect(text).not.toMatch(/\u202f/)
    expect(text).toMatch(/Emplois : bénévolat, 2 h à 15,00 € de l'heure\s+30,00 €/)
  })
})
