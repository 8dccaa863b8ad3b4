import { CALL_POLICY } from '../../../shared/contract/policy'

const ENTITES: Record<string, string> = {
  setup: 'Association', structure: 'Association', lieux: 'Lieu', etablissements: 'Établissement', intervenants: 'Intervenant',
  familles: 'Famille', collectifs: 'Collectif', enfants: 'Enfant', seances: 'Séance', registre: 'Registre de séance',
  echange: "Document d'échange", bilan: 'Bilan', annulation: 'Suppression', sauvegardes: 'Sauvegardes', recuperation: 'Base',
  rgpd: 'Données personnelles', projetsBonus: 'Projet bonus', formations: 'Formation', concertations: 'Concertation',
  actionsParents: 'Action avec les parents', comptes: 'Compte',
  budget: "Budget de l'action",
  cloture: 'Année scolaire',
}

/** What a write of the journal did, in French words (its policy's `journal`); a call no longer known shows its name. */
export const appelLabel = (appel: string): string => {
  const label = Object.hasOwn(CALL_POLICY, appel) ? CALL_POLICY[appel as keyof typeof CALL_POLICY].journal : false
  return label || appel
}
export const entiteLabel = (entite: string) => ENTITES[entite] ?? entite

/**
 * The fields a write sent, by the names the forms give them. A field name of the contract not
 * listed here shows as it is: better a raw name than a field silently left out.
 */
const CHAMPS: Record<string, string> = {
  prenom: 'prénom', nom: 'nom', dateNaissance: 'date de naissance', sexe: 'sexe', niveau: 'niveau',
  etablissementId: 'établissement', etablissementIds: 'établissements', familleId: 'famille', familleIds: 'familles',
  origineInscription: "origine de l'inscription", situations: 'situations', inscriptions: 'inscriptions',
  collectifId: 'collectif', collectifIds: 'collectifs', enfantId: 'enfant', enfantIds: 'enfants', seanceId: 'séance',
  statut: 'présence', marks: 'présences', intervenantIds: 'intervenants', activites: 'activités', note: 'note',
  date: 'date', heureDebut: 'heure de début', dureeMinutes: 'durée', du: 'début', au: 'fin', motif: 'motif',
  creneaux: 'créneaux', lieuId: 'lieu', adresse: 'adresse', commune: 'commune', codePostal: 'code postal',
  typeLocal: 'type de local', quartierPrioritaire: 'quartier prioritaire', type: 'type', telephone: 'téléphone',
  email: 'e-mail', langueParlee: 'langue parlée', besoinInterprete: 'interprète', objectifs: 'objectifs',
  format: 'format', nbParents: 'nombre de parents', nbEnfants: "nombre d'enfants", bonus: 'bonus', intitule: 'intitulé',
  avec: 'avec', partenaire: 'partenaire', formalise: 'formalisé', organisme: 'organisme', dates: 'dates',
  depenses: 'dépenses', touteAnnee: "toute l'année", structure: "l'association", anneeScolaire: "l'année scolaire",
  compte: 'compte', role: 'rôle', secret: 'mot de passe ou code', actif: 'actif', colonnes: 'colonnes',
  ligneEntete: "ligne d'en-tête", nomFichier: 'fichier', base64: 'contenu du fichier', jeton: 'suppression annulée',
  reponses: 'réponses', corrections: 'corrections', modeleId: 'formulaire', departement: 'département',
}

/**
 * « prénom, nom, date de naissance »: the fields changed, in words. `id` only says which record
 * was saved (the « Élément » column names it), so it is left out.
 */
export const champsLabel = (champs: string[]): string => champs.filter((c) => c !== 'id').map((c) => CHAMPS[c] ?? c).join(', ')
