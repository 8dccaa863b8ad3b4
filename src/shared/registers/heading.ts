import type { EchangeDocument } from '../exchange/schema'

/** What every printed register names at its top: who runs the action, for which year. */
export interface RegisterHeading {
  association: string
  anneeScolaire: string
  projet: string
  /** The day the document was made (YYYY-MM-DD): a printed register says when it was printed. */
  editeLe: string
}

export function registerHeading(doc: EchangeDocument, editeLe: string): RegisterHeading {
  return { association: doc.structure.nom, anneeScolaire: doc.anneeScolaire.libelle, projet: doc.anneeScolaire.intituleProjet, editeLe }
}
