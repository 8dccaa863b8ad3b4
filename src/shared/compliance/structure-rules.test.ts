import { describe, expect, it } from 'vitest'
import type { ActionParents, Concertation, Enfant } from '../exchange/schema'
import { r6Public } from './r6-public'
import { r7Presences } from './r7-presences'
import { r8AxeParents } from './r8-axe-parents'
import { r9AxeEcole } from './r9-axe-ecole'
import { r10AxeTerritoire } from './r10-axe-territoire'
import { r11Coordination } from './r11-coordination'
import { enfants, indexAt, input, seance } from './test-helpers'

const action = (date: string, objectifs: ActionParents['objectifs']): ActionParents => ({ id: `a-${date}-${objectifs.join()}`, date, objectifs, collectifIds: ['c1'], nbParents: 5 })
const concertation = (date: string, avec: Concertation['avec'], type: Concertation['type']): Concertation => ({ id: `k-${date}-${type}`, date, avec, type, formalise: true })

describe('R6-public', () => {
  it('wants every enrolled child between CP and lycée', () => {
    expect(r6Public(indexAt(input(), '2025-11-20'))).toMatchObject({ statut: 'conforme' })
    const wrong = { ...enfants(1)[0], id: 'x', niveau: 'CM3' } as unknown as Enfant
    expect(r6Public(indexAt(input({ enfants: [...enfants(3), wrong] }), '2025-11-20'))).toMatchObject({ statut: 'non_conforme', mesure: 1 })
    expect(r6Public(indexAt(input({ enfants: [] }), '2025-11-20'))).toMatchObject({ statut: 'sans_objet' })
  })
  it('counts only the children enrolled by the evaluation date', () => {
    const later = { ...enfants(1, 'c1', '2026-01-05')[0], id: 'x', niveau: 'CM3' } as unknown as Enfant
    const data = input({ enfants: [...enfants(3), later] })
    expect(r6Public(indexAt(data, '2025-11-20'))).toMatchObject({ statut: 'conforme', message: "3 enfants inscrits dans l'année, du CP au lycée." })
    expect(r6Public(indexAt(data, '2026-01-05'))).toMatchObject({ statut: 'non_conforme', mesure: 1 })
  })

  it('says how many of the children of the year have left, who are not in the effectifs of the day', () => {
    const [parti] = enfants(1)
    const data = input({ enfants: [...enfants(3), { ...parti, id: 'p', inscriptions: parti.inscriptions.map((i) => ({ ...i, au: '2025-12-19' })) }] })
    expect(r6Public(indexAt(data, '2025-11-20'))).toMatchObject({ statut: 'conforme', message: "4 enfants inscrits dans l'année, du CP au lycée." })
    expect(r6Public(indexAt(data, '2026-01-05'))).toMatchObject({ statut: 'conforme', message: "4 enfants inscrits dans l'année (dont 1 parti depuis), du CP au lycée." })
  })
})

describe('R7-presences', () => {
  it('warns about held séances without attendance, naming the latest', () => {
    const seances = [seance('2025-11-04'), seance('2025-11-06', { presences: [] }), seance('2025-11-13', { presences: [] }), seance('2025-12-02', { presences: [] })]
    const r = r7Presences(indexAt(input({ seances }), '2025-11-20'))
    expect(r).toMatchObject({ statut: 'alerte', mesure: 2 })
    expect(r.message).toBe('2 séances tenues sans présence saisie (la dernière le 13/11/2025) : remplissez leur registre.')
    expect(r7Presences(indexAt(input({ seances: [seance('2025-11-04')] }), '2025-11-20'))).toMatchObject({ statut: 'conforme' })
    expect(r7Presences(indexAt(input(), '2025-11-20'))).toMatchObject({ statut: 'sans_objet' })
  })
})

describe('R8-axe-parents', () => {
  const four = [action('2025-11-10', ['information_inscription', 'convivialite']), action('2025-12-10', ['codes_ecole', 'orientation_partenaires'])]
  it('warns before the end and fails at the end when a compulsory objective has no action', () => {
    const before = r8AxeParents(indexAt(input({ actionsParents: four }), '2026-03-01'))
    expect(before).toMatchObject({ statut: 'alerte', mesure: 4, seuil: 5 })
    expect(before.message).toContain('« Échanges informels réguliers »')
    expect(r8AxeParents(indexAt(input(), '2026-03-01')).message).toMatch(/^Aucun des cinq objectifs obligatoires/)
    expect(r8AxeParents(indexAt(input({ actionsParents: four }), '2026-07-03'))).toMatchObject({ statut: 'non_conforme' })
    const five = [...four, action('2026-01-15', ['echanges_informels'])]
    expect(r8AxeParents(indexAt(input({ actionsParents: five }), '2026-03-01'))).toMatchObject({ statut: 'conforme', mesure: 5 })
    // An action dated after the evaluation date does not count yet.
    expect(r8AxeParents(indexAt(input({ actionsParents: five }), '2026-01-10'))).toMatchObject({ statut: 'alerte', mesure: 4 })
  })
})

describe('R9-axe-ecole', () => {
  const seances = [seance('2025-11-04')]
  it('fails without any concertation with a school', () => {
    expect(r9AxeEcole(indexAt(input({ seances, concertations: [concertation('2025-10-10', 'territoire', 'comite_local')] }), '2025-11-20'))).toMatchObject({ statut: 'non_conforme' })
  })
  it('wants the meeting before the first séance, and the bilan meeting at the end', () => {
    const amont = concertation('2025-10-10', 'ecole', 'reunion_amont')
    const tooLate = concertation('2025-11-20', 'ecole', 'reunion_amont')
    const bilan = concertation('2026-06-20', 'ecole', 'reunion_bilan')
    expect(r9AxeEcole(indexAt(input({ seances, concertations: [amont] }), '2025-11-30'))).toMatchObject({ statut: 'conforme' })
    expect(r9AxeEcole(indexAt(input({ seances, concertations: [tooLate] }), '2025-11-30'))).toMatchObject({ statut: 'alerte' })
    const end = r9AxeEcole(indexAt(input({ seances, concertations: [amont] }), '2026-07-03'))
    expect(end).toMatchObject({ statut: 'non_conforme' })
    expect(end.message).toMatch(/la réunion bilan/)
    expect(r9AxeEcole(indexAt(input({ seances, concertations: [amont, bilan] }), '2026-07-03'))).toMatchObject({ statut: 'conforme' })
  })
})

describe('R10-axe-territoire', () => {
  it('warns before the end, fails at the end, without a partner', () => {
    expect(r10AxeTerritoire(indexAt(input(), '2026-01-10'))).toMatchObject({ statut: 'alerte', mesure: 0 })
    expect(r10AxeTerritoire(indexAt(input(), '2026-07-03'))).toMatchObject({ statut: 'non_conforme' })
    expect(r10AxeTerritoire(indexAt(input({ concertations: [concertation('2025-12-01', 'territoire', 'projet_commun')] }), '2026-01-10'))).toMatchObject({ statut: 'conforme', mesure: 1 })
  })
})

describe('R11-coordination', () => {
  it('wants a coordinator, Bac+2 recommended', () => {
    const data = input()
    expect(r11Coordination(indexAt(data, '2025-11-20'))).toMatchObject({ statut: 'conforme' })
    const noDiploma = { ...data, structure: { ...data.structure, coordinateur: { prenom: 'Nadia', nom: 'Benali' } } }
    expect(r11Coordination(indexAt(noDiploma, '2025-11-20'))).toMatchObject({ statut: 'alerte' })
    const nobody = { ...data, structure: { ...data.structure, coordinateur: { prenom: ' ', nom: '' } } }
    expect(r11Coordination(indexAt(nobody, '2025-11-20'))).toMatchObject({ statut: 'non_conforme' })
  })
})
