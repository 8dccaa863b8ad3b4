import { describe, expect, it } from 'vitest'
import { appelLabel, champsLabel } from './journal-labels'

describe('champsLabel', () => {
  it('names the fields in words, leaving out the id of the record saved', () => {
    expect(champsLabel(['collectifIds', 'seanceId'])).toBe('collectifs, séance')
    expect(champsLabel(['dateNaissance', 'id', 'inscriptions', 'niveau', 'nom', 'prenom'])).toBe('date de naissance, inscriptions, niveau, nom, prénom')
  })

  it('shows a field it does not know as it is, rather than hide it', () => {
    expect(champsLabel(['nouveauChamp'])).toBe('nouveauChamp')
  })
})

describe('appelLabel', () => {
  it("says a write in the words of its policy, including those once missing (deleting a child, a collectif, a séance)", () => {
    expect(appelLabel('enfants.save')).toBe('Enfant enregistré')
    expect(appelLabel('enfants.supprimer')).toBe('Enfant supprimé')
    expect(appelLabel('collectifs.supprimer')).toBe('Collectif supprimé')
    expect(appelLabel('seances.supprimer')).toBe('Séance supprimée')
  })

  it('shows a call no longer known by its name, and never an inherited property', () => {
    expect(appelLabel('ancien.appel')).toBe('ancien.appel')
    expect(appelLabel('toString')).toBe('toString')
  })
})
