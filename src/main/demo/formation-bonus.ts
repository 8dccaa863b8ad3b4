import type { Formation, ProjetBonus } from '../../shared/exchange/schema'
import type { DemoContext } from './context'
import { ATELIER_THEATRE } from './activites'

/** The team's training of the year: a volunteer and two bénévoles, on two Saturdays of January. */
export function buildFormations(ctx: DemoContext): Formation[] {
  return [
    {
      id: ctx.id('formation', 'posture-methodes'),
      organisme: "Fédération des centres sociaux de l'Ain",
      intitule: 'Accompagner la scolarité : posture et méthodes',
      dates: ['2026-01-17', '2026-01-24'],
      intervenantIds: ['yanis', 'helene', 'lucas'].map((k) => ctx.id('intervenant', k)),
    },
  ]
}

/** The bonus project for the children, the theatre workshop that runs from January to April. */
export function buildProjetsBonus(ctx: DemoContext): ProjetBonus[] {
  return [
    {
      id: ctx.id('projet-bonus', 'theatre'),
      type: 'enfants',
      intitule: 'Atelier théâtre et lecture à voix haute',
      collectifIds: ATELIER_THEATRE.collectifs.map((k) => ctx.id('collectif', k)),
      touteAnnee: false,
      depenses: [
        { nature: 'materiel', libelle: 'Livres, textes de théâtre et petits accessoires', montantEuros: 350 },
        { nature: 'intervenants_exterieurs', libelle: 'Six séances avec une comédienne de la compagnie Les Tréteaux de la Bresse', montantEuros: 600 },
        { nature: 'sorties_culturelles', libelle: 'Places de spectacle au théâtre municipal pour les deux collectifs', montantEuros: 180 },
      ],
    },
  ]
}
