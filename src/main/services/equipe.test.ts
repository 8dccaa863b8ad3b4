import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedAssociation, tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
let seed: ReturnType<typeof seedAssociation>
beforeEach(() => {
  t = tempWorkspace()
  seed = seedAssociation(t, 2)
})
afterEach(() => t.cleanup())

const withoutDate = <T extends { exporteLe?: string }>({ exporteLe: _e, ...doc }: T) => doc

/** A séance of the seeded collectif whose register names `intervenantIds`. */
function seanceWith(date: string, intervenantIds: string[], dureeMinutes = 90) {
  const s = t.call('seances.save', { collectifId: seed.collectif.id, date, heureDebut: '16:45', dureeMinutes })
  t.call('registre.update', { seanceId: s.id, intervenantIds })
  return s
}

describe('intervenants.supprimer', () => {
  it('refuses while a register names the person, saying how many séances, and writes nothing', () => {
    const [claire] = seed.intervenants
    seanceWith('2025-11-04', [claire.id])
    seanceWith('2025-11-06', [claire.id])
    const counts = tableCounts(t)
    expect(() => t.call('intervenants.supprimer', { id: claire.id })).toThrow(
      'Claire Martin figure au registre de 2 séances (la dernière le 06/11/2025) : les registres doivent garder qui a encadré chaque séance, sa fiche ne peut donc pas être supprimée.',
    )
    expect(tableCounts(t)).toEqual(counts)
  })

  it('counts a cancelled séance too: its register still names the person', () => {
    const [claire] = seed.intervenants
    const s = seanceWith('2025-11-04', [claire.id])
    t.call('seances.cancel', { seanceId: s.id, motif: 'Neige' })
    expect(() => t.call('intervenants.supprimer', { id: claire.id })).toThrow(/figure au registre de 1 séance \(le 04\/11\/2025\)/)
  })

  it('removes an unused person from the collectifs and trainings, and the undo puts every link back in place', () => {
    const [claire, karim] = seed.intervenants
    const formation = t.call('formations.save', { organisme: 'Fédération des centres sociaux', intitule: 'Accueillir les familles', dates: ['2025-10-04'], intervenantIds: [karim.id, claire.id] })
    const before = withoutDate(t.call('echange.export'))

    const undo = t.call('intervenants.supprimer', { id: karim.id })
    expect(undo.libelle).toBe("l'intervenant « Karim Haddad »")
    expect(t.call('intervenants.list').map((i) => i.id)).toEqual([claire.id])
    expect(t.call('collectifs.get', { id: seed.collectif.id }).intervenantIds).toEqual([claire.id])
    expect(t.call('formations.list')).toEqual([{ ...formation, intervenantIds: [claire.id] }])

    t.call('annulation.annuler', { jeton: undo.jeton })
    expect(withoutDate(t.call('echange.export'))).toEqual(before)
  })

  it('answers « introuvable » for an unknown id', () => {
    expect(() => t.call('intervenants.supprimer', { id: 'personne' })).toThrow(/Intervenant introuvable/)
  })
})

describe('intervenants.activite', () => {
  it('gives each intervenant the held séances of the year their register names, and their hours', () => {
    const [claire, karim] = seed.intervenants
    const lea = t.call('intervenants.save', { prenom: 'Léa', nom: 'Roux', statut: 'volontaire', heuresHorsSeances: 12 })
    seanceWith('2025-11-04', [claire.id, karim.id])
    seanceWith('2025-11-06', [claire.id], 120)
    const cancelled = seanceWith('2025-11-13', [claire.id, karim.id])
    t.call('seances.cancel', { seanceId: cancelled.id, motif: 'Grève' })
    seanceWith('2025-11-18', [claire.id], 45)

    const byId = new Map(t.call('intervenants.activite').map((a) => [a.intervenantId, a]))
    expect(byId.get(claire.id)).toEqual({ intervenantId: claire.id, seances: 3, heures: 4.25 })
    expect(byId.get(karim.id)).toEqual({ intervenantId: karim.id, seances: 1, heures: 1.5 })
    // Hours off séances are the intervenant's own field, not the registers'.
    expect(byId.get(lea.id)).toEqual({ intervenantId: lea.id, seances: 0, heures: 0 })
  })
})

describe('formations', () => {
  it('saves a training with its dates in order, lists the year in date order, and edits it', () => {
    const [claire, karim] = seed.intervenants
    const secours = t.call('formations.save', { organisme: 'Croix-Rouge', intitule: 'Premiers secours', dates: ['2026-01-17', '2026-01-10'], intervenantIds: [karim.id] })
    expect(secours.dates).toEqual(['2026-01-10', '2026-01-17'])
    const accueil = t.call('formations.save', { organisme: 'Fédération des centres sociaux', intitule: 'Accueillir', dates: ['2025-08-28'], intervenantIds: [claire.id, karim.id] })
    expect(t.call('formations.list').map((f) => f.intitule)).toEqual(['Accueillir', 'Premiers secours'])

    t.call('formations.save', { ...secours, intitule: 'PSC1', intervenantIds: [claire.id] })
    expect(t.call('formations.list')).toEqual([accueil, { ...secours, intitule: 'PSC1', intervenantIds: [claire.id] }])
    expect(t.call('echange.export').formations).toHaveLength(2)
  })

  it('refuses a date far from the school year, naming it and the window, and writes nothing', () => {
    const counts = tableCounts(t)
    expect(() => t.call('formations.save', { organisme: 'CAF', intitule: 'Le Clas', dates: ['2025-10-04', '2026-10-03'], intervenantIds: [] })).toThrow(
      "dates[1] : le 03/10/2026 est trop loin de l'année scolaire 2025-2026 : une formation de cette année a lieu entre le 01/06/2025 et le 02/09/2026",
    )
    // Just inside the window on each side.
    t.call('formations.save', { organisme: 'CAF', intitule: 'Le Clas', dates: ['2025-06-01', '2026-09-02'], intervenantIds: [] })
    expect(tableCounts(t)).toEqual({ ...counts, formations: counts.formations + 1 })
  })

  it('deletes a training with its participants and puts both back on undo', () => {
    const [claire, karim] = seed.intervenants
    const f = t.call('formations.save', { organisme: 'Croix-Rouge', intitule: 'Premiers secours', dates: ['2026-01-10'], intervenantIds: [karim.id, claire.id] })
    const counts = tableCounts(t)
    const undo = t.call('formations.supprimer', { id: f.id })
    expect(undo.libelle).toBe('la formation « Premiers secours »')
    expect(t.call('formations.list')).toEqual([])
    expect(tableCounts(t).formation_intervenants).toBe(0)
    t.call('annulation.annuler', { jeton: undo.jeton })
    expect(t.call('formations.list')).toEqual([f])
    expect(tableCounts(t)).toEqual(counts)
  })

  it('answers « introuvable » for a training that is not there', () => {
    expect(() => t.call('formations.supprimer', { id: 'nulle-part' })).toThrow(/Formation introuvable/)
  })
})
