import type { Collectif, Creneau, Etablissement, Intervenant, Lieu } from '../../shared/exchange/schema'
import type { Niveau, NiveauCollectif, StatutIntervenant } from '../../shared/domain/lists'
import type { DemoContext } from './context'
import { DEBUT_SEANCES, FIN_SEANCES, FIN_SEANCES_4E_3E } from './parametres'

/**
 * Places, schools, team and collectifs of the association: the fixed frame the random parts
 * (children, attendance) are drawn into. Entities are named by short keys so that other parts
 * can refer to them readably; ids come from these keys.
 */

export type LieuKey = 'local' | 'maison-quartier'
export type EtablissementKey = 'jean-moulin' | 'louise-michel' | 'college'
export type CollectifKey = 'cp-ce1' | 'ce2-cm2' | '6e-5e' | '4e-3e'

const LIEUX: Record<LieuKey, Omit<Lieu, 'id'>> = {
  local: {
    nom: 'Local associatif Les Ponts', adresse: '12 rue des Écoles', commune: 'Bourg-en-Bresse',
    typeLocal: 'associatif', quartierPrioritaire: false,
  },
  'maison-quartier': {
    nom: 'Maison de quartier de la Reyssouze', adresse: '4 place de la Grande Reyssouze', commune: 'Bourg-en-Bresse',
    typeLocal: 'municipal', quartierPrioritaire: true,
  },
}

const ETABLISSEMENTS: Record<EtablissementKey, Omit<Etablissement, 'id'>> = {
  'jean-moulin': {
    nom: 'École élémentaire Jean-Moulin', type: 'ecole', commune: 'Bourg-en-Bresse',
    adresse: '25 avenue Jean-Moulin', email: 'ce.ecole-jean-moulin@ac-lyon.example', rep: false,
  },
  'louise-michel': {
    nom: 'École élémentaire Louise-Michel', type: 'ecole', commune: 'Bourg-en-Bresse',
    adresse: '3 rue Louise-Michel', email: 'ce.ecole-louise-michel@ac-lyon.example', rep: false,
  },
  college: {
    nom: 'Collège Victor-Hugo', type: 'college', commune: 'Bourg-en-Bresse',
    adresse: '18 boulevard Victor-Hugo', email: 'ce.college-victor-hugo@ac-lyon.example', rep: true,
  },
}

export type IntervenantKey =
  | 'samira' | 'julien' | 'thomas' | 'ines' | 'yanis' | 'monique' | 'bernard' | 'helene' | 'aicha' | 'lucas'

/** Salaried staff count preparation and coordination hours; volunteers a little; most bénévoles none. */
const INTERVENANTS: Record<IntervenantKey, Omit<Intervenant, 'id'>> = {
  samira: { prenom: 'Samira', nom: 'Ouali', statut: 'salarie', heuresHorsSeances: 72 },
  julien: { prenom: 'Julien', nom: 'Marchand', statut: 'salarie', heuresHorsSeances: 72 },
  thomas: { prenom: 'Thomas', nom: 'Vasseur', statut: 'salarie', heuresHorsSeances: 60 },
  ines: { prenom: 'Inès', nom: 'Moreau', statut: 'volontaire', heuresHorsSeances: 35 },
  yanis: { prenom: 'Yanis', nom: 'Belhadj', statut: 'volontaire', heuresHorsSeances: 35 },
  monique: { prenom: 'Monique', nom: 'Perrin', statut: 'benevole', heuresHorsSeances: 12 },
  bernard: { prenom: 'Bernard', nom: 'Lacroix', statut: 'benevole' },
  helene: { prenom: 'Hélène', nom: 'Vidal', statut: 'benevole' },
  aicha: { prenom: 'Aïcha', nom: 'Fofana', statut: 'benevole' },
  lucas: { prenom: 'Lucas', nom: 'Fabre', statut: 'benevole', heuresHorsSeances: 6 },
}

export interface CollectifPlan {
  key: CollectifKey
  nom: string
  niveau: NiveauCollectif
  lieu: LieuKey
  etablissements: EtablissementKey[]
  creneaux: Creneau[]
  /** The usual team; the first one is the salaried referent, always there. */
  equipe: IntervenantKey[]
  /** School levels of its children, with how many children of each were ever enrolled. */
  niveaux: readonly (readonly [Niveau, number])[]
  du: string
  au: string
}

const primaire = (jour: number): Creneau => ({ jour, heureDebut: '16:45', dureeMinutes: 90 })
const college = (jour: number): Creneau => ({ jour, heureDebut: '17:00', dureeMinutes: 90 })

export const COLLECTIFS: readonly CollectifPlan[] = [
  {
    key: 'cp-ce1', nom: 'CP-CE1 lundi-jeudi', niveau: 'primaire', lieu: 'maison-quartier',
    etablissements: ['jean-moulin', 'louise-michel'], creneaux: [primaire(1), primaire(4)],
    equipe: ['samira', 'monique', 'ines'], niveaux: [['CP', 5], ['CE1', 5]], du: DEBUT_SEANCES, au: FIN_SEANCES,
  },
  {
    key: 'ce2-cm2', nom: 'CE2-CM2 mardi-vendredi', niveau: 'primaire', lieu: 'local',
    etablissements: ['jean-moulin', 'louise-michel'], creneaux: [primaire(2), primaire(5)],
    equipe: ['julien', 'bernard', 'helene'], niveaux: [['CE2', 4], ['CM1', 5], ['CM2', 4]], du: DEBUT_SEANCES, au: FIN_SEANCES,
  },
  {
    key: '6e-5e', nom: 'Collège 6e-5e', niveau: 'college', lieu: 'local',
    etablissements: ['college'], creneaux: [college(2), college(4)],
    equipe: ['thomas', 'yanis', 'aicha'], niveaux: [['6E', 5], ['5E', 4]], du: DEBUT_SEANCES, au: FIN_SEANCES,
  },
  {
    // Wednesday afternoon suits the older ones better than a second evening.
    key: '4e-3e', nom: 'Collège 4e-3e', niveau: 'college', lieu: 'local',
    etablissements: ['college'], creneaux: [college(1), { jour: 3, heureDebut: '14:00', dureeMinutes: 120 }],
    equipe: ['thomas', 'lucas'], niveaux: [['4E', 4], ['3E', 4]], du: DEBUT_SEANCES, au: FIN_SEANCES_4E_3E,
  },
]

export function collectifPlan(key: CollectifKey): CollectifPlan {
  const plan = COLLECTIFS.find((c) => c.key === key)
  if (!plan) throw new Error(`collectif inconnu : ${key}`)
  return plan
}

export const statutOf = (key: IntervenantKey): StatutIntervenant => INTERVENANTS[key].statut

export const INTERVENANT_KEYS = Object.keys(INTERVENANTS) as IntervenantKey[]

export function buildLieux(ctx: DemoContext): Lieu[] {
  return (Object.keys(LIEUX) as LieuKey[]).map((key) => ({ id: ctx.id('lieu', key), ...LIEUX[key] }))
}

export function buildEtablissements(ctx: DemoContext): Etablissement[] {
  return (Object.keys(ETABLISSEMENTS) as EtablissementKey[]).map((key) => ({ id: ctx.id('etablissement', key), ...ETABLISSEMENTS[key] }))
}

export function buildIntervenants(ctx: DemoContext): Intervenant[] {
  return INTERVENANT_KEYS.map((key) => ({ id: ctx.id('intervenant', key), ...INTERVENANTS[key] }))
}

export function buildCollectifs(ctx: DemoContext): Collectif[] {
  return COLLECTIFS.map((c) => ({
    id: ctx.id('collectif', c.key),
    nom: c.nom,
    niveau: c.niveau,
    lieuId: ctx.id('lieu', c.lieu),
    etablissementIds: c.etablissements.map((e) => ctx.id('etablissement', e)),
    creneaux: c.creneaux.map((cr) => ({ ...cr })),
    intervenantIds: c.equipe.map((i) => ctx.id('intervenant', i)),
  }))
}
