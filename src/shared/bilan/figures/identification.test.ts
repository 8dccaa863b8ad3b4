import { describe, expect, it } from 'vitest'
import { documentBuilder } from '../../../../tests/helpers/echange-document'
import { computeFigures } from '.'

describe('structure.*, coordinateur.*, annee.*', () => {
  it('gives the fields as entered, the joined forms the forms ask for, and null for what is empty', () => {
    const b = documentBuilder({ numeroAction: '  ' })
    b.doc.structure.telephone = '04 74 00 00 00'
    b.doc.structure.coordinateur = { prenom: 'Nadia', nom: 'Benali', email: 'nadia@lesponts.example' }
    const { values, sources } = computeFigures(b.build())
    expect(values['structure.nomEtAdresse']).toBe('Association Les Ponts, 12 rue des Écoles, 01000 Bourg-en-Bresse')
    expect(values['structure.adresseComplete']).toBe('12 rue des Écoles, 01000 Bourg-en-Bresse')
    expect(values['structure.email']).toBeNull()
    expect(values['coordinateur.nomComplet']).toBe('Nadia Benali')
    expect(values['coordinateur.coordonnees']).toBe('nadia@lesponts.example')
    expect(values['coordinateur.nomPrenomEmail']).toBe('Benali Nadia, nadia@lesponts.example')
    expect(values['coordinateur.diplomeBacPlus2']).toBeNull()
    expect(values['annee.numeroAction']).toBeNull()
    expect(values['annee.intituleProjet']).toBe('Réussir ensemble')
    expect(sources['structure.nom']).toBe('saisi dans Paramètres')
  })

  it('writes an address without street or town as what is left', () => {
    const b = documentBuilder()
    Object.assign(b.doc.structure, { adresse: '', codePostal: '', commune: 'Oyonnax' })
    const { values } = computeFigures(b.build())
    expect(values['structure.adresseComplete']).toBe('Oyonnax')
    expect(values['structure.nomEtAdresse']).toBe('Association Les Ponts, Oyonnax')
    expect(values['structure.adresse']).toBeNull()
  })
})
