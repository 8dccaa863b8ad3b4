import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CallName } from '../../shared/contract'
import { ApiError } from '../../shared/contract/errors'
import { CALL_POLICY } from '../../shared/contract/policy'
import { seedAssociation, tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'
import { waitClosing } from '../../../tests/year-end/wait-closing'

const MESSAGE = "L'année 2025-2026 est clôturée : rouvrez-la dans Paramètres pour la modifier."
let t: TestWorkspace
let seed: ReturnType<typeof seedAssociation>

async function closeYear(): Promise<void> {
  const job = await waitClosing(t, t.call('cloture.demarrer', { modeleId: 'caf01-2025-2026', dossier: `${t.dir}/sortie`, pdf: false }).travailId)
  expect(job.etat).toBe('termine')
  expect(t.call('cloture.cloturer', { travailId: job.travailId })).toEqual({ annee: '2025-2026', clotureeLe: '2026-07-10' })
}

beforeEach(() => {
  t = tempWorkspace('2026-07-10')
  seed = seedAssociation(t, 3)
})
afterEach(() => t.cleanup())

const writeCalls = (Object.keys(CALL_POLICY) as CallName[]).filter((name) => !CALL_POLICY[name].readOnly)
const allowedWhileClosed = (name: CallName) => CALL_POLICY[name].allowedWhileClosed

describe('a closed year', () => {
  it('lists what is missing before closing: séances passées sans registre, questions without an answer', async () => {
    t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 })
    const v = await t.call('cloture.verifier', { modeleId: 'caf01-2025-2026' })
    expect(v).toMatchObject({ annee: '2025-2026', date: '2026-07-03', clotureeLe: null })
    expect(v.seancesSansRegistre).toEqual([expect.objectContaining({ date: '2025-11-04', collectif: 'CM1-CM2 mardi-jeudi' })])
    expect(v.questionsSansReponse.length).toBeGreaterThan(0)
    const one = v.questionsSansReponse[0]
    // Answering a question takes it off the list.
    const formulaire = await t.call('bilan.formulaire', { modeleId: 'caf01-2025-2026' })
    const question = formulaire.groupes.flatMap((g) => g.elements).find((e) => e.cle === one.cle)
    if (question?.type !== 'case' || question.liaison.type !== 'question') throw new Error('not a question')
    t.call('bilan.reponses.enregistrer', { questionId: question.liaison.question.id, texte: question.liaison.question.type === 'ouinon' ? 'oui' : 'Une réponse.' })
    const after = await t.call('cloture.verifier', { modeleId: 'caf01-2025-2026' })
    expect(after.questionsSansReponse.map((q) => q.cle)).not.toContain(one.cle)
  })

  it('cannot be closed before its folder is built', async () => {
    expect(() => t.call('cloture.cloturer', { travailId: 'inconnu' })).toThrow(/Préparation du dossier introuvable/)
    expect(t.call('cloture.etat').clotureeLe).toBeNull()
  })

  it('refuses every write call but the allowed ones, in French, writing nothing', async () => {
    await closeYear()
    const before = tableCounts(t)
    const refused = writeCalls.filter((name) => !allowedWhileClosed(name))
    expect(refused).toEqual(expect.arrayContaining(['enfants.save', 'registre.setPresence', 'seances.plan', 'bilan.reponses.enregistrer', 'budget.enregistrer', 'echange.import', 'annulation.annuler']))
    for (const name of refused) {
      let caught: unknown
      try {
        // A valid input would be refused the same way: the year is checked before the input is read.
        await t.dispatch(name, {})
      } catch (error) {
        caught = error
      }
      expect(caught, name).toBeInstanceOf(ApiError)
      expect((caught as ApiError).message, name).toBe(MESSAGE)
    }
    // With a real input too.
    expect(() => t.call('enfants.save', { prenom: 'Lina', nom: 'Martin', niveau: 'CM1', inscriptions: [] })).toThrow(MESSAGE)
    expect(tableCounts(t)).toEqual(before)
    // Reading goes on.
    expect(t.call('enfants.list', {}).length).toBe(3)
  })

  it('still allows the calls of the allowlist (accounts, backups, RGPD, closing itself)', async () => {
    await closeYear()
    const allowed = writeCalls.filter(allowedWhileClosed)
    expect(allowed).toEqual(expect.arrayContaining(['comptes.save', 'sauvegardes.choisirDossier', 'rgpd.effacer', 'cloture.rouvrir', 'app.openDemo']))
    expect(allowed.some((n) => n.startsWith('enfants.') || n.startsWith('seances.'))).toBe(false)
    // Erasure is a right, closed year or not.
    const erased = t.call('rgpd.effacer', { enfantId: seed.enfants[0].id })
    expect(erased).toBeTruthy()
  })

  it('reopens, which is journaled, and writes are accepted again', async () => {
    await closeYear()
    expect(t.call('cloture.etat')).toEqual({ annee: '2025-2026', clotureeLe: '2026-07-10' })
    expect(t.call('cloture.rouvrir')).toEqual({ annee: '2025-2026', clotureeLe: null })
    const journal = t.call('journal.list', {}).lignes.map((l) => l.appel)
    expect(journal.slice(0, 2)).toEqual(['cloture.rouvrir', 'cloture.cloturer'])
    expect(t.call('enfants.save', { prenom: 'Lina', nom: 'Martin', niveau: 'CM1', inscriptions: [] }).prenom).toBe('Lina')
  })
})
