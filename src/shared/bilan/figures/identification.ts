import type { FigureSink, FigureValue } from './types'
import type { YearData } from './year-data'

const SOURCE = 'saisi dans Paramètres'
const text = (s: string | undefined): FigureValue => (s?.trim() ? s.trim() : null)

/** `structure.*`, `coordinateur.*`, `annee.*`: as entered, plus the joined forms the forms ask for. */
export function identificationFigures(data: YearData, out: FigureSink): void {
  const { structure: s, anneeScolaire: a } = data.doc
  const c = s.coordinateur
  const set = (key: string, value: FigureValue) => out.set(key, value, SOURCE)
  set('structure.nom', s.nom)
  set('structure.adresse', text(s.adresse))
  set('structure.codePostal', text(s.codePostal))
  set('structure.commune', text(s.commune))
  // Forms give one line to an address (« Nom du gestionnaire et adresse »): joined forms too.
  const ville = [s.codePostal, s.commune].map((x) => x.trim()).filter(Boolean).join(' ')
  set('structure.adresseComplete', text([s.adresse.trim(), ville].filter(Boolean).join(', ')))
  set('structure.nomEtAdresse', [s.nom, s.adresse.trim(), ville].filter(Boolean).join(', '))
  set('structure.departementCaf', s.departementCaf)
  set('structure.milieuRural', s.milieuRural)
  set('structure.telephone', text(s.telephone))
  set('structure.email', text(s.email))
  set('coordinateur.prenom', c.prenom)
  set('coordinateur.nom', c.nom)
  set('coordinateur.nomComplet', `${c.prenom} ${c.nom}`)
  set('coordinateur.email', text(c.email))
  set('coordinateur.telephone', text(c.telephone))
  // « Coordonnées » and « Nom, prénom, adresse mail » of the person who coordinates.
  set('coordinateur.coordonnees', text([c.telephone, c.email].map((x) => x?.trim()).filter(Boolean).join(', ')))
  set('coordinateur.nomPrenomEmail', [`${c.nom} ${c.prenom}`, c.email?.trim()].filter(Boolean).join(', '))
  set('coordinateur.diplomeBacPlus2', c.diplomeBacPlus2 ?? null)
  set('annee.libelle', a.libelle)
  set('annee.debut', a.debut)
  set('annee.fin', a.fin)
  set('annee.zone', a.zone)
  set('annee.intituleProjet', a.intituleProjet)
  set('annee.numeroAction', text(a.numeroAction))
}
