import { describe, expect, it } from 'vitest'
import { champsLabel } from './journal-labels'

describe('champsLabel', () => {
  it('names the fields in words, leaving out the id of the record saved', () => {
    expect(champsLabel(['collectifIds', 'seanceId'])).toBe('collectifs, séance')
    expect(champsLabel(['dateNaissance', 'id', 'inscriptions', 'niveau', 'nom', 'prenom'])).toBe('date de naissance, inscriptions, niveau, nom, prénom')
  })

  it('shows a field it does not know as it is, rather than hide it', () => {
    expect(champsLabel(['nouveauChamp'])).toBe('nouveauChamp')
  })
})
