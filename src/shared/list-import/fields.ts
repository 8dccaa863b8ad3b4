/** What a column of an association's list can fill: a field of the child or of its family. */
export const CHAMPS_IMPORT = [
  'nom', 'prenom', 'dateNaissance', 'sexe', 'niveau', 'etablissement', 'collectif',
  'responsable', 'telephone', 'email', 'adresse', 'quartier', 'quartierPrioritaire', 'langueParlee',
] as const
export type ChampImport = (typeof CHAMPS_IMPORT)[number]

export const CHAMP_IMPORT_LABELS: Record<ChampImport, string> = {
  nom: "Nom de l'enfant",
  prenom: "Prénom de l'enfant",
  dateNaissance: 'Date de naissance',
  sexe: 'Sexe',
  niveau: 'Niveau (classe)',
  etablissement: 'École ou établissement',
  collectif: 'Collectif',
  responsable: 'Nom du responsable légal',
  telephone: 'Téléphone de la famille',
  email: 'E-mail de la famille',
  // The exchange format has no address: it only tells two families of the same name apart.
  adresse: 'Adresse (sert à regrouper les familles, non conservée)',
  quartier: 'Quartier (son nom)',
  quartierPrioritaire: 'Habite en quartier prioritaire (QPV)',
  langueParlee: 'Langue parlée à la maison',
}

/** Fields a child cannot be created without (the exchange format requires them). */
export const CHAMPS_OBLIGATOIRES: readonly ChampImport[] = ['nom', 'prenom', 'niveau']

/** Short lower-case names used inside sentences: « niveau « CM3 » inconnu ». */
export const CHAMP_IMPORT_MOTS: Record<ChampImport, string> = {
  nom: 'nom', prenom: 'prénom', dateNaissance: 'date de naissance', sexe: 'sexe', niveau: 'niveau',
  etablissement: 'établissement', collectif: 'collectif', responsable: 'responsable', telephone: 'téléphone',
  email: 'e-mail', adresse: 'adresse', quartier: 'quartier', quartierPrioritaire: 'QPV', langueParlee: 'langue parlée',
}

/** Which column fills which field: column indexes from 0; an absent field is not imported. */
export type ColumnMapping = Partial<Record<ChampImport, number>>
