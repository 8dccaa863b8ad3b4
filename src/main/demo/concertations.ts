import type { Concertation } from '../../shared/exchange/schema'
import type { DemoContext } from './context'
import type { EtablissementKey } from './organisation'

/**
 * Meetings with the schools (before the start, during the year, at the bilan) and with the
 * partners of the territory, as a coordinator records them. The first meetings come in October,
 * before the first séance, as the référentiel asks.
 */

interface ConcertationPlan {
  key: string
  date: string
  avec: Concertation['avec']
  etablissement?: EtablissementKey
  partenaire?: string
  type: Concertation['type']
  formalise: boolean
  note?: string
}

const MEDIATHEQUE = 'Médiathèque municipale'
const CENTRE_SOCIAL = 'Centre social de la Reyssouze'
const PRE = 'Programme de réussite éducative de Bourg-en-Bresse'

const CONCERTATIONS: readonly ConcertationPlan[] = [
  { key: 'comite-rentree', date: '2025-10-02', avec: 'territoire', partenaire: PRE, type: 'comite_local', formalise: true, note: "Comité local d'accompagnement à la scolarité : répartition des places entre les structures du quartier et repérage des enfants suivis par le PRE." },
  { key: 'amont-jean-moulin', date: '2025-10-09', avec: 'ecole', etablissement: 'jean-moulin', type: 'reunion_amont', formalise: true, note: "Réunion avec la directrice et les enseignants de CP, CE1 et CE2 : besoins repérés, critères d'orientation, fiche de liaison école-Clas." },
  { key: 'amont-louise-michel', date: '2025-10-10', avec: 'ecole', etablissement: 'louise-michel', type: 'reunion_amont', formalise: true, note: "Présentation du projet au conseil des maîtres ; liste des enfants proposés par les enseignants." },
  { key: 'amont-college', date: '2025-10-14', avec: 'ecole', etablissement: 'college', type: 'reunion_amont', formalise: true, note: "Rencontre avec la principale adjointe, la CPE et les professeurs principaux de 6e et de 4e." },
  { key: 'convention-college', date: '2025-10-16', avec: 'ecole', etablissement: 'college', type: 'convention', formalise: true, note: "Signature de la convention de partenariat Clas avec le collège pour l'année." },
  { key: 'orientation-college', date: '2025-11-25', avec: 'ecole', etablissement: 'college', type: 'orientation_enfants', formalise: true, note: "Un nouvel enfant de 6e orienté par son professeur principal, avec l'accord de la famille (fiche de liaison) ; arrivée au Clas le 1er décembre." },
  { key: 'mediatheque-projet', date: '2025-11-13', avec: 'territoire', partenaire: MEDIATHEQUE, type: 'projet_commun', formalise: false, note: "Préparation des visites des collectifs primaires et du prêt de malles de livres." },
  { key: 'echange-jean-moulin', date: '2025-12-11', avec: 'ecole', etablissement: 'jean-moulin', type: 'echange_regulier', formalise: false, note: "Point avec les enseignants de CP sur les enfants en difficulté de lecture." },
  { key: 'orientation-louise-michel', date: '2025-11-20', avec: 'ecole', etablissement: 'louise-michel', type: 'orientation_enfants', formalise: false, note: "Deux enfants proposés par les enseignantes de CP et de CM1, accueillis début décembre après un rendez-vous avec leurs parents." },
  { key: 'orientation-jean-moulin', date: '2026-02-26', avec: 'ecole', etablissement: 'jean-moulin', type: 'orientation_enfants', formalise: false, note: "Un enfant de CE2 proposé pour la place libérée par le départ d'un enfant de CM2 ; arrivée au Clas le 2 mars." },
  { key: 'centre-social-projet', date: '2026-01-20', avec: 'territoire', partenaire: CENTRE_SOCIAL, type: 'projet_commun', formalise: false, note: "Organisation du café des parents de février et de la sortie familles de mai avec la référente famille." },
  { key: 'echange-college', date: '2026-02-03', avec: 'ecole', etablissement: 'college', type: 'echange_regulier', formalise: false, note: "Point trimestriel avec la CPE : assiduité au Clas et bulletins du premier trimestre." },
  { key: 'echange-louise-michel', date: '2026-03-26', avec: 'ecole', etablissement: 'louise-michel', type: 'echange_regulier', formalise: false },
  { key: 'comite-printemps', date: '2026-05-12', avec: 'territoire', partenaire: PRE, type: 'comite_local', formalise: true, note: "Bilan d'étape du comité local et premières pistes pour la rentrée 2026." },
  { key: 'bilan-college', date: '2026-06-16', avec: 'ecole', etablissement: 'college', type: 'reunion_bilan', formalise: true, note: "Bilan avec l'équipe de direction et les professeurs principaux : progrès observés, élèves à reconduire." },
  { key: 'bilan-ecoles', date: '2026-06-18', avec: 'ecole', etablissement: 'jean-moulin', type: 'reunion_bilan', formalise: true, note: "Bilan commun avec les deux écoles élémentaires, à l'école Jean-Moulin." },
  { key: 'bilan-louise-michel', date: '2026-06-18', avec: 'ecole', etablissement: 'louise-michel', type: 'reunion_bilan', formalise: true },
]

export function buildConcertations(ctx: DemoContext): Concertation[] {
  return [...CONCERTATIONS]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((c) => {
      const concertation: Concertation = { id: ctx.id('concertation', c.key), date: c.date, avec: c.avec, type: c.type, formalise: c.formalise }
      if (c.etablissement) concertation.etablissementId = ctx.id('etablissement', c.etablissement)
      if (c.partenaire) concertation.partenaire = c.partenaire
      if (c.note) concertation.note = c.note
      return concertation
    })
}
