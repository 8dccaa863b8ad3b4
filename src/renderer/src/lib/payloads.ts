import type { AnneeScolaire, Structure } from '../../../shared/exchange/schema'

/** What the setup and the Paramètres screen send: the association and its current year. */
export interface StructurePayload {
  structure: Structure
  anneeScolaire: AnneeScolaire
}

/** The coordinator's account created with the association. */
export interface CompteInitial {
  nom: string
  secret: string
}

/** A créneau being edited: the duration field may be emptied while typing. */
export interface CreneauRow {
  jour: number
  heureDebut: string
  dureeMinutes: number | ''
}

/** An inscription being edited: `au` empty means « until the end of the year ». */
export interface InscriptionRow {
  collectifId: string
  du: string
  au: string
}
