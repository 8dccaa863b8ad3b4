/**
 * The coordinator's written answers of the bilan, keyed by the ids of the shared question
 * bank. They only cite facts the generator fixes whatever the seed (collectifs, calendar,
 * arrivals and departures), never a figure drawn at random.
 */
export function buildReponses(): Record<string, string> {
  return {
    ecarts_previsionnel_reel:
      "Nous avions prévu quatre collectifs de 10 à 12 enfants ; trois fonctionnent comme prévu. Le collectif des 4e-3e a démarré avec 8 jeunes et n'en comptait plus que 7 après le départ d'un élève en mars, que nous n'avons pas pu remplacer si tard dans l'année. " +
      "Le calendrier a été tenu malgré la grève du 12 mars et le pont de l'Ascension, qui ont entraîné l'annulation de quelques séances. Pour atteindre 27 semaines d'activité, les collectifs ont fonctionné jusqu'à la fin du mois de juin ; celui des 4e-3e s'est arrêté le 15 juin pour laisser place aux révisions du brevet.",
    moyens_humains_ecarts:
      "L'équipe réunit trois salariés, deux volontaires en service civique et cinq bénévoles. L'encadrement à deux a été assuré à presque toutes les séances ; chez les 4e-3e, l'animateur a dû rester seul à quelques reprises pendant les examens de l'étudiant bénévole qui l'accompagne. " +
      "Un volontaire et deux bénévoles ont suivi en janvier la formation de la Fédération des centres sociaux de l'Ain, ce qui a nettement amélioré la posture d'accompagnement pendant le temps de devoirs.",
    deroulement_enfants:
      "Les séances commencent par un goûter et un temps d'échange, puis une heure de méthodologie et de travail personnel par petits groupes, et se terminent par une activité de détour : jeux de lecture, sciences, numérique ou théâtre. " +
      "Les enfants ont gagné en autonomie : beaucoup savent désormais organiser leur agenda et demander de l'aide à un camarade. L'atelier théâtre et lecture à voix haute a été un vrai déclic pour plusieurs enfants très réservés. L'assiduité reste bonne dans l'ensemble, avec un petit groupe d'enfants plus irréguliers que nous suivons avec leurs familles.",
    deroulement_parents:
      "La réunion d'inscription de novembre a réuni la plupart des familles, avec une médiatrice interprète pour celles qui le souhaitaient. Les cafés des parents, l'atelier Pronote et l'atelier sur les écrans ont permis d'aborder concrètement le fonctionnement de l'école et du collège. " +
      "Les temps conviviaux (goûter de décembre, sortie en famille de mai, fête de fin d'année) ont touché des parents que nous voyions peu. Les échanges informels à la sortie des séances restent le lien le plus régulier avec les familles.",
    conclusion_perspectives:
      "L'année confirme l'intérêt du Clas pour les familles du quartier et la qualité du partenariat avec les écoles Jean-Moulin et Louise-Michel et le collège Victor-Hugo. " +
      "Pour 2026-2027, nous souhaitons recruter plus tôt les collégiens de 4e-3e, en lien avec les professeurs principaux, afin de maintenir au moins 8 jeunes toute l'année, renforcer le binôme d'animateurs de ce collectif et reconduire l'atelier théâtre en l'ouvrant aux CP-CE1.",
  }
}
