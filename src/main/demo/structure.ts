import type { AnneeScolaire, Structure } from '../../shared/exchange/schema'
import { ANNEE_LIBELLE, ZONE } from './parametres'

/**
 * The association itself. Phone numbers use the ranges ARCEP reserves for fiction
 * (04 65 71 …, 06 39 98 …) and e-mails the reserved `.example` domain, so that a demo
 * exported by mistake never reaches a real person.
 */
export function buildStructure(): Structure {
  return {
    nom: 'Association Les Ponts',
    adresse: '12 rue des Écoles',
    codePostal: '01000',
    commune: 'Bourg-en-Bresse',
    departementCaf: '01',
    milieuRural: false,
    telephone: '04 65 71 20 25',
    email: 'contact@lesponts-bourg.example',
    coordinateur: {
      prenom: 'Nadia',
      nom: 'Belkacem',
      email: 'nadia.belkacem@lesponts-bourg.example',
      telephone: '06 39 98 10 01',
      diplomeBacPlus2: true,
    },
  }
}

export function buildAnneeScolaire(): AnneeScolaire {
  return {
    libelle: ANNEE_LIBELLE,
    debut: '2025-09-01',
    fin: '2026-07-03',
    zone: ZONE,
    intituleProjet: 'Grandir et réussir ensemble',
    numeroAction: '1',
  }
}
