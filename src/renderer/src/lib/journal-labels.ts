import type { CallName } from '../../../shared/contract'

/** What each write of the journal did, in French words; an unknown call shows its name. */
const APPELS: Partial<Record<CallName, string>> = {
  'setup.create': "Création de l'association",
  'app.remplirDemo': 'Association de démonstration créée',
  'structure.update': "Paramètres de l'association modifiés",
  'lieux.save': 'Lieu enregistré',
  'lieux.supprimer': 'Lieu supprimé',
  'etablissements.save': 'Établissement enregistré',
  'etablissements.supprimer': 'Établissement supprimé',
  'intervenants.save': 'Intervenant enregistré',
  'intervenants.supprimer': 'Intervenant supprimé',
  'familles.save': 'Famille enregistrée',
  'familles.supprimer': 'Famille supprimée',
  'collectifs.save': 'Collectif enregistré',
  'enfants.save': 'Enfant enregistré',
  'enfants.enroll': 'Inscription dans un collectif',
  'enfants.inscrirePlusieurs': "Inscription d'enfants dans un collectif",
  'enfants.importerListe.confirmer': "Liste d'enfants importée",
  'seances.plan': 'Séances planifiées',
  'seances.save': 'Séance ajoutée ou déplacée',
  'seances.cancel': 'Séance annulée',
  'seances.restore': 'Séance rétablie',
  'registre.setPresence': 'Présence marquée',
  'registre.setPresences': 'Présences marquées',
  'registre.update': 'Registre complété (équipe, activités, note)',
  'echange.import': "Import d'un document d'échange",
  'bilan.reponses.enregistrer': 'Réponse du bilan enregistrée',
  'bilan.corrections.enregistrer': 'Chiffre du bilan corrigé',
  'bilan.modeles.importer.confirmer': 'Formulaire de bilan importé',
  'bilan.modeles.supprimer': 'Formulaire de bilan supprimé',
  'annulation.annuler': 'Suppression annulée',
  'anneeSuivante.demarrer': 'Nouvelle année scolaire démarrée',
  'sauvegardes.choisirDossier': 'Dossier des sauvegardes changé',
  'sauvegardes.definirPhrase': 'Phrase de passe des sauvegardes changée',
  'sauvegardes.restaurer': 'Sauvegarde restaurée',
  'recuperation.restaurer': 'Sauvegarde restaurée',
  'recuperation.nouvelleBase': 'Nouvelle base vide',
  'rgpd.effacer': "Données effacées (droit à l'effacement)",
  'rgpd.purger': 'Enfants partis effacés (durée de conservation)',
  'projetsBonus.save': 'Projet bonus enregistré',
  'projetsBonus.supprimer': 'Projet bonus supprimé',
  'budget.enregistrer': "Budget de l'action enregistré",
  'budget.acces.regler': 'Accès des bénévoles au budget modifié',
  'formations.save': 'Formation enregistrée',
  'formations.supprimer': 'Formation supprimée',
  'concertations.save': 'Concertation enregistrée',
  'concertations.supprimer': 'Concertation supprimée',
  'actionsParents.save': 'Action avec les parents enregistrée',
  'actionsParents.supprimer': 'Action avec les parents supprimée',
  'comptes.save': 'Compte enregistré',
  'comptes.supprimer': 'Compte supprimé',
  'cloture.cloturer': 'Année clôturée',
  'cloture.rouvrir': 'Année rouverte',
}

const ENTITES: Record<string, string> = {
  setup: 'Association', structure: 'Association', lieux: 'Lieu', etablissements: 'Établissement', intervenants: 'Intervenant',
  familles: 'Famille', collectifs: 'Collectif', enfants: 'Enfant', seances: 'Séance', registre: 'Registre de séance',
  echange: "Document d'échange", bilan: 'Bilan', annulation: 'Suppression', sauvegardes: 'Sauvegardes', recuperation: 'Base',
  rgpd: 'Données personnelles', projetsBonus: 'Projet bonus', formations: 'Formation', concertations: 'Concertation',
  actionsParents: 'Action avec les parents', comptes: 'Compte',
  budget: "Budget de l'action",
  cloture: 'Année scolaire',
}

export const appelLabel = (appel: string) => APPELS[appel as CallName] ?? appel
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
