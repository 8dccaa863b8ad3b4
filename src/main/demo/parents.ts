import type { ActionParents } from '../../shared/exchange/schema'
import type { ObjectifParents } from '../../shared/domain/lists'
import type { DemoContext } from './context'
import { isWithin } from './dates'
import type { EnfantDemo } from './inscrits'
import { COLLECTIFS, type CollectifKey } from './organisation'

/**
 * The parent axis over the year: the five compulsory objectives of the référentiel each have
 * at least one action, spread from the enrolment meeting in November to the June party.
 * Which families came is drawn from the families of the collectifs concerned.
 */

type FormatActionParents = NonNullable<ActionParents['format']>

interface ActionPlan {
  key: string
  date: string
  dureeMinutes: number
  objectifs: ObjectifParents[]
  format: FormatActionParents
  collectifs: readonly CollectifKey[] | 'tous'
  intitule: string
  /** Share of the concerned families that came. */
  participation: number
  /** Whether children came too, and roughly how many per family. */
  enfantsParFamille: number
  bonus?: 'parents'
  note?: string
}

const PRIMAIRE: readonly CollectifKey[] = ['cp-ce1', 'ce2-cm2']
const COLLEGE: readonly CollectifKey[] = ['6e-5e', '4e-3e']

const ACTIONS: readonly ActionPlan[] = [
  {
    key: 'reunion-rentree', date: '2025-11-04', dureeMinutes: 90, objectifs: ['information_inscription', 'codes_ecole'], format: 'reunion',
    collectifs: 'tous', intitule: "Réunion d'information et d'inscription au Clas", participation: 0.8, enfantsParFamille: 0,
    note: "Présentation du projet, du règlement et des horaires ; signature de la charte d'engagement enfant-parents-association. Une médiatrice interprète était présente pour les familles qui l'avaient demandé.",
  },
  {
    key: 'cafe-cahier', date: '2025-11-27', dureeMinutes: 75, objectifs: ['codes_ecole', 'echanges_informels'], format: 'cafe_parents',
    collectifs: PRIMAIRE, intitule: "Café des parents : le cahier de liaison, l'agenda et les devoirs", participation: 0.45, enfantsParFamille: 0,
  },
  {
    key: 'gouter-noel', date: '2025-12-18', dureeMinutes: 120, objectifs: ['convivialite'], format: 'spectacle',
    collectifs: 'tous', intitule: "Goûter de fin d'année et petit spectacle des enfants", participation: 0.6, enfantsParFamille: 1.3,
  },
  {
    key: 'entretiens-mi-parcours', date: '2026-01-15', dureeMinutes: 240, objectifs: ['rencontre_individuelle', 'echanges_informels'], format: 'entretien',
    collectifs: 'tous', intitule: 'Entretiens individuels de mi-parcours avec les familles', participation: 0.55, enfantsParFamille: 0,
    note: 'Rendez-vous de 20 minutes, en fin de séance ou le samedi matin, pour faire le point avec chaque famille.',
  },
  {
    key: 'atelier-pronote', date: '2026-01-29', dureeMinutes: 90, objectifs: ['codes_ecole', 'numerique'], format: 'ent_pronote',
    collectifs: COLLEGE, intitule: 'Atelier Pronote : suivre les notes, les devoirs et les absences', participation: 0.5, enfantsParFamille: 0.5,
  },
  {
    key: 'reaap', date: '2026-02-05', dureeMinutes: 90, objectifs: ['orientation_partenaires'], format: 'cafe_parents',
    collectifs: 'tous', intitule: 'Café des parents avec le centre social : les lieux ressources pour les parents du quartier', participation: 0.35, enfantsParFamille: 0,
    note: "Présentation du Point écoute parents et des ateliers du Reaap par la référente famille du centre social.",
  },
  {
    key: 'ecrans', date: '2026-03-05', dureeMinutes: 120, objectifs: ['numerique', 'orientation_partenaires'], format: 'atelier_parentalite_numerique',
    collectifs: 'tous', intitule: 'Les écrans à la maison : en parler, poser des règles', participation: 0.4, enfantsParFamille: 0, bonus: 'parents',
  },
  {
    key: 'orientation-3e', date: '2026-03-19', dureeMinutes: 90, objectifs: ['codes_ecole', 'accompagnement_enseignants'], format: 'reunion',
    collectifs: ['4e-3e'], intitule: "Après la 3e : comprendre l'orientation et préparer les vœux", participation: 0.75, enfantsParFamille: 0.8,
    note: 'Avec la professeure principale de 3e du collège Victor-Hugo.',
  },
  {
    key: 'seance-partagee', date: '2026-04-23', dureeMinutes: 90, objectifs: ['participation_seance', 'convivialite'], format: 'atelier_ludo_educatif',
    collectifs: ['cp-ce1'], intitule: 'Séance partagée parents-enfants : jeux de lecture et de calcul', participation: 0.5, enfantsParFamille: 1,
  },
  {
    key: 'sortie-familles', date: '2026-05-30', dureeMinutes: 360, objectifs: ['convivialite', 'orientation_partenaires'], format: 'sortie',
    collectifs: 'tous', intitule: 'Sortie en famille au parc des oiseaux de Villars-les-Dombes', participation: 0.4, enfantsParFamille: 1.5,
    note: 'Car réservé avec le centre social ; participation symbolique de 2 € par famille.',
  },
  {
    key: 'fete-fin-annee', date: '2026-06-26', dureeMinutes: 150, objectifs: ['convivialite', 'echanges_informels'], format: 'spectacle',
    collectifs: 'tous', intitule: "Fête de fin d'année et restitution de l'atelier théâtre", participation: 0.7, enfantsParFamille: 1.4,
  },
]

export function buildActionsParents(ctx: DemoContext, enfants: EnfantDemo[]): ActionParents[] {
  const rng = ctx.random('parents')
  return ACTIONS.map((a) => {
    const collectifs = a.collectifs === 'tous' ? COLLECTIFS.map((c) => c.key) : a.collectifs
    // Families with a child enrolled in one of the collectifs on the day of the action.
    const concernees = [...new Set(
      enfants
        .filter((e) => collectifs.includes(e.collectif) && e.enfant.inscriptions.some((i) => isWithin(a.date, i.du, i.au)))
        .map((e) => e.enfant.familleId)
        .filter((f): f is string => f !== undefined),
    )]
    const venues = concernees.filter(() => rng.chance(a.participation))
    // Some families come as a couple, or with a grandparent.
    const nbParents = venues.reduce((n) => n + (rng.chance(0.25) ? 2 : 1), 0)
    const nbEnfants = Math.round(venues.length * a.enfantsParFamille)
    const action: ActionParents = {
      id: ctx.id('action-parents', a.key),
      date: a.date,
      dureeMinutes: a.dureeMinutes,
      objectifs: [...a.objectifs],
      format: a.format,
      collectifIds: collectifs.map((k) => ctx.id('collectif', k)),
      familleIds: venues,
      nbParents,
      nbEnfants,
      intitule: a.intitule,
    }
    if (a.bonus) action.bonus = a.bonus
    if (a.note) action.note = a.note
    return action
  })
}
