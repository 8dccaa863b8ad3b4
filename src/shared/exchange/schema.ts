import { z } from 'zod'
import * as L from '../domain/lists'
import { budgetSchema } from '../budget/schema'
import { booleen, entier, heure, id, ids, isoDate, texte, texteLibre, valeurParmi } from '../validation/fields'

/**
 * The exchange format v1 (`clas-echange`), spec/echange-v1.md. One schema serves the
 * import/export, the API entities and the shipped JSON Schema (scripts/write-json-schema.ts).
 * Objects are not strict: fields we do not know are extensions, dropped on import.
 */

const email = () => z.string({ error: "l'adresse e-mail doit être un texte" }).max(200, { error: "l'adresse e-mail est trop longue" })
const telephone = () => z.string({ error: 'le téléphone doit être un texte' }).max(40, { error: 'le téléphone est trop long' })

export const coordinateurSchema = z.object({
  prenom: texte('le prénom', 100),
  nom: texte('le nom', 100),
  email: email().optional(),
  telephone: telephone().optional(),
  diplomeBacPlus2: booleen('le diplôme Bac+2').optional(),
})

export const structureSchema = z.object({
  nom: texte("le nom de l'association"),
  adresse: texteLibre("l'adresse", 300),
  codePostal: z.string({ error: 'le code postal doit être un texte' }).regex(/^(\d{5})?$/, { error: (iss) => `« ${String(iss.input)} » n'est pas un code postal (5 chiffres)` }),
  commune: texteLibre('la commune', 100),
  departementCaf: z
    .string({ error: (iss) => (iss.input === undefined ? 'le département de la CAF est obligatoire' : 'le département doit être un texte') })
    .regex(/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/, { error: (iss) => `« ${String(iss.input)} » n'est pas un département (01 à 95, 2A, 2B, 971 à 976)` }),
  milieuRural: booleen('le milieu rural'),
  telephone: telephone().optional(),
  email: email().optional(),
  coordinateur: coordinateurSchema,
})

export const anneeScolaireSchema = z
  .object({
    libelle: z.string({ error: "le libellé de l'année est obligatoire" }).regex(/^\d{4}-\d{4}$/, { error: (iss) => `« ${String(iss.input)} » n'est pas une année scolaire (AAAA-AAAA)` }),
    debut: isoDate(),
    fin: isoDate(),
    zone: z.string({ error: 'la zone de vacances est obligatoire' }).min(1, { error: 'la zone de vacances est obligatoire' }).max(20),
    intituleProjet: texte("l'intitulé du projet"),
    numeroAction: texteLibre("le numéro d'action", 40).optional(),
  })
  .refine((a) => a.debut < a.fin, { error: "la fin de l'année doit suivre son début", path: ['fin'] })
  .refine((a) => Number(a.libelle.slice(5)) === Number(a.libelle.slice(0, 4)) + 1, { error: 'les deux années du libellé doivent se suivre', path: ['libelle'] })

export const lieuSchema = z.object({
  id: id(),
  nom: texte('le nom du lieu'),
  adresse: texteLibre("l'adresse", 300),
  commune: texteLibre('la commune', 100),
  typeLocal: valeurParmi(L.TYPES_LOCAL, 'un type de local (associatif, municipal, scolaire)'),
  quartierPrioritaire: booleen('quartier prioritaire').optional(),
})

export const etablissementSchema = z.object({
  id: id(),
  nom: texte("le nom de l'établissement"),
  type: valeurParmi(L.TYPES_ETABLISSEMENT, "un type d'établissement (ecole, college, lycee)"),
  commune: texteLibre('la commune', 100),
  adresse: texteLibre("l'adresse", 300).optional(),
  email: email().optional(),
  rep: booleen('REP').optional(),
})

export const intervenantSchema = z.object({
  id: id(),
  prenom: texte('le prénom', 100),
  nom: texte('le nom', 100),
  statut: valeurParmi(L.STATUTS_INTERVENANT, 'un statut (salarie, volontaire, benevole)'),
  heuresHorsSeances: z.number({ error: "les heures hors séances doivent être un nombre" }).min(0, { error: 'les heures hors séances ne peuvent pas être négatives' }).max(5000, { error: 'les heures hors séances sont trop nombreuses (5000 au plus)' }).optional(),
})

export const creneauSchema = z.object({
  jour: entier('le jour', 1, 7),
  heureDebut: heure(),
  dureeMinutes: entier('la durée', 15, 600),
})

export const collectifSchema = z.object({
  id: id(),
  nom: texte('le nom du collectif', 100),
  niveau: valeurParmi(L.NIVEAUX_COLLECTIF, 'un niveau de collectif (primaire, college, lycee)'),
  lieuId: id(),
  etablissementIds: ids('les établissements'),
  creneaux: z.array(creneauSchema).max(14, { error: 'au plus 14 créneaux par semaine' }),
  intervenantIds: ids('les intervenants'),
})

export const familleSchema = z.object({
  id: id(),
  nom: texte('le nom de la famille', 100),
  telephone: telephone().optional(),
  email: email().optional(),
  quartierPrioritaire: booleen('quartier prioritaire').optional(),
  /** The quartier's name (« Saragosse »): some forms count children per named quartier. */
  quartier: texte('le quartier', 100).optional(),
  langueParlee: texteLibre('la langue parlée', 100).optional(),
  besoinInterprete: booleen("le besoin d'interprète").optional(),
})

export const inscriptionSchema = z
  .object({ collectifId: id(), du: isoDate(), au: isoDate().optional() })
  .refine((i) => i.au === undefined || i.du <= i.au, { error: "la fin de l'inscription précède son début", path: ['au'] })

export const enfantSchema = z.object({
  id: id(),
  prenom: texte('le prénom', 100),
  nom: texte('le nom', 100),
  dateNaissance: isoDate().optional(),
  sexe: valeurParmi(L.SEXES, 'un sexe (F ou M)').optional(),
  niveau: valeurParmi(L.NIVEAUX, 'un niveau scolaire'),
  etablissementId: id().optional(),
  familleId: id().optional(),
  origineInscription: valeurParmi(L.ORIGINES_INSCRIPTION, "une origine d'inscription").optional(),
  situations: z.array(valeurParmi(L.SITUATIONS, 'une situation connue')).optional(),
  inscriptions: z.array(inscriptionSchema),
})

export const presenceSchema = z.object({
  enfantId: id(),
  statut: valeurParmi(L.PRESENCE_STATUTS, 'un statut de présence (present, absent, excuse)'),
})

export const seanceSchema = z.object({
  id: id(),
  collectifId: id(),
  date: isoDate(),
  heureDebut: heure(),
  dureeMinutes: entier('la durée', 15, 600),
  annulee: booleen('annulée').optional(),
  motifAnnulation: texteLibre("le motif d'annulation", 300).optional(),
  intervenantIds: ids('les intervenants'),
  activites: z.array(valeurParmi(L.ACTIVITES, 'une activité connue')).optional(),
  presences: z.array(presenceSchema).refine((ps) => new Set(ps.map((p) => p.enfantId)).size === ps.length, {
    error: 'un enfant apparaît deux fois dans les présences',
  }),
  note: texteLibre('la note', 5000).optional(),
})

export const actionParentsSchema = z.object({
  id: id(),
  date: isoDate(),
  dureeMinutes: entier('la durée', 1, 1440).optional(),
  objectifs: z.array(valeurParmi(L.OBJECTIFS_PARENTS, 'un objectif connu')).min(1, { error: 'au moins un objectif est attendu' }),
  format: valeurParmi(L.FORMATS_ACTION_PARENTS, "un format d'action connu").optional(),
  collectifIds: ids('les collectifs'),
  familleIds: ids('les familles').optional(),
  nbParents: entier('le nombre de parents', 0, 10000),
  nbEnfants: entier("le nombre d'enfants", 0, 10000).optional(),
  bonus: valeurParmi(L.BONUS_ACTION, 'un bonus (parents ou tne)').optional(),
  intitule: texteLibre("l'intitulé", 300).optional(),
  note: texteLibre('la note', 5000).optional(),
})

export const concertationSchema = z.object({
  id: id(),
  date: isoDate(),
  avec: valeurParmi(L.CONCERTATION_AVEC, 'un partenaire de concertation (ecole ou territoire)'),
  etablissementId: id().optional(),
  partenaire: texteLibre('le partenaire', 200).optional(),
  type: valeurParmi(L.TYPES_CONCERTATION, 'un type de concertation connu'),
  formalise: booleen('formalisé'),
  note: texteLibre('la note', 5000).optional(),
})

export const formationSchema = z.object({
  id: id(),
  organisme: texte("l'organisme"),
  intitule: texte("l'intitulé"),
  dates: z.array(isoDate()),
  intervenantIds: ids('les intervenants'),
})

export const depenseSchema = z.object({
  nature: valeurParmi(L.NATURES_DEPENSE, 'une nature de dépense connue'),
  libelle: texte('le libellé'),
  montantEuros: z.number({ error: 'le montant doit être un nombre' }).min(0, { error: 'le montant ne peut pas être négatif' }).max(1_000_000, { error: 'le montant est trop grand' }),
})

export const projetBonusSchema = z.object({
  id: id(),
  type: valeurParmi(L.TYPES_PROJET_BONUS, 'un type de projet bonus (enfants, parents, tne)'),
  intitule: texte("l'intitulé"),
  collectifIds: ids('les collectifs'),
  touteAnnee: booleen("toute l'année"),
  depenses: z.array(depenseSchema),
})

export const reponsesSchema = z.record(
  z.string().regex(/^[a-z0-9_.-]{1,80}$/i, { error: 'identifiant de question invalide' }),
  texteLibre('la réponse', 20000),
)

const documentShape = z.object({
  format: z.literal('clas-echange', { error: 'le document doit avoir "format": "clas-echange"' }),
  version: z.literal(1, { error: 'seule la version 1 du format est prise en charge' }),
  exporteLe: z.string({ error: "la date d'export doit être un texte" }).max(40).optional(),
  structure: structureSchema,
  anneeScolaire: anneeScolaireSchema,
  lieux: z.array(lieuSchema),
  etablissements: z.array(etablissementSchema),
  intervenants: z.array(intervenantSchema),
  collectifs: z.array(collectifSchema),
  familles: z.array(familleSchema),
  enfants: z.array(enfantSchema),
  seances: z.array(seanceSchema),
  actionsParents: z.array(actionParentsSchema),
  concertations: z.array(concertationSchema),
  formations: z.array(formationSchema),
  projetsBonus: z.array(projetBonusSchema),
  reponses: reponsesSchema,
  /** The action's budget and compte rendu financier (issue 16); absent from documents made before it. */
  budget: budgetSchema.optional(),
})

type DocumentShape = z.output<typeof documentShape>
type Ctx = z.core.$RefinementCtx<DocumentShape>

/** Ids unique within each array, and every reference pointing at an entity of the document. */
function checkReferences(doc: DocumentShape, ctx: Ctx): void {
  const index = (name: keyof DocumentShape, items: { id: string }[]) => {
    const seen = new Set<string>()
    items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [name, i, 'id'], message: `l'identifiant « ${item.id} » est déjà utilisé plus haut dans ${name}` })
      seen.add(item.id)
    })
    return seen
  }
  const lieux = index('lieux', doc.lieux)
  const etablissements = index('etablissements', doc.etablissements)
  const intervenants = index('intervenants', doc.intervenants)
  const collectifs = index('collectifs', doc.collectifs)
  const familles = index('familles', doc.familles)
  const enfants = index('enfants', doc.enfants)
  index('seances', doc.seances)
  index('actionsParents', doc.actionsParents)
  index('concertations', doc.concertations)
  index('formations', doc.formations)
  index('projetsBonus', doc.projetsBonus)

  const ref = (set: Set<string>, value: string | undefined, path: PropertyKey[], what: string) => {
    if (value !== undefined && !set.has(value)) ctx.addIssue({ code: 'custom', path, message: `« ${value} » ne correspond à aucun ${what} du document` })
  }
  doc.collectifs.forEach((c, i) => {
    ref(lieux, c.lieuId, ['collectifs', i, 'lieuId'], 'lieu')
    c.etablissementIds.forEach((e, j) => ref(etablissements, e, ['collectifs', i, 'etablissementIds', j], 'établissement'))
    c.intervenantIds.forEach((e, j) => ref(intervenants, e, ['collectifs', i, 'intervenantIds', j], 'intervenant'))
  })
  doc.enfants.forEach((e, i) => {
    ref(etablissements, e.etablissementId, ['enfants', i, 'etablissementId'], 'établissement')
    ref(familles, e.familleId, ['enfants', i, 'familleId'], 'famille')
    e.inscriptions.forEach((ins, j) => ref(collectifs, ins.collectifId, ['enfants', i, 'inscriptions', j, 'collectifId'], 'collectif'))
  })
  doc.seances.forEach((s, i) => {
    ref(collectifs, s.collectifId, ['seances', i, 'collectifId'], 'collectif')
    s.intervenantIds.forEach((x, j) => ref(intervenants, x, ['seances', i, 'intervenantIds', j], 'intervenant'))
    s.presences.forEach((p, j) => ref(enfants, p.enfantId, ['seances', i, 'presences', j, 'enfantId'], 'enfant'))
  })
  doc.actionsParents.forEach((a, i) => {
    a.collectifIds.forEach((x, j) => ref(collectifs, x, ['actionsParents', i, 'collectifIds', j], 'collectif'))
    a.familleIds?.forEach((x, j) => ref(familles, x, ['actionsParents', i, 'familleIds', j], 'famille'))
  })
  doc.concertations.forEach((c, i) => ref(etablissements, c.etablissementId, ['concertations', i, 'etablissementId'], 'établissement'))
  doc.formations.forEach((f, i) => f.intervenantIds.forEach((x, j) => ref(intervenants, x, ['formations', i, 'intervenantIds', j], 'intervenant')))
  doc.projetsBonus.forEach((p, i) => p.collectifIds.forEach((x, j) => ref(collectifs, x, ['projetsBonus', i, 'collectifIds', j], 'collectif')))
}

/** The whole document, with its cross-references checked. */
export const echangeDocumentSchema = documentShape.superRefine(checkReferences)

export type EchangeDocument = z.output<typeof echangeDocumentSchema>
export type Structure = z.output<typeof structureSchema>
export type AnneeScolaire = z.output<typeof anneeScolaireSchema>
export type Lieu = z.output<typeof lieuSchema>
export type Etablissement = z.output<typeof etablissementSchema>
export type Intervenant = z.output<typeof intervenantSchema>
export type Creneau = z.output<typeof creneauSchema>
export type Collectif = z.output<typeof collectifSchema>
export type Famille = z.output<typeof familleSchema>
export type Inscription = z.output<typeof inscriptionSchema>
export type Enfant = z.output<typeof enfantSchema>
export type Presence = z.output<typeof presenceSchema>
export type Seance = z.output<typeof seanceSchema>
export type ActionParents = z.output<typeof actionParentsSchema>
export type Concertation = z.output<typeof concertationSchema>
export type Formation = z.output<typeof formationSchema>
export type ProjetBonus = z.output<typeof projetBonusSchema>
