import { bold, FormWriter, formText, glyphBox, legacyBox, run, sdtBox, sdtDate, sdtDropDown, sdtText, symBox, tab, type Source } from './wordml'

// Twelve synthetic CAF forms, each in its own style, with wordings of their own (none is a
// wording of the question and figure bank). Each place says what it must receive.

const fig = (chiffre: string, unit?: 'minutes' | 'heures' | 'pourcent' | 'euros'): Source => (unit ? { chiffre, unit } : { chiffre })
const VIDE: Source = { vide: true }
const both = (...parts: Source[]): Source => ({ parts })

/** Word 365 content controls: plain text with the grey placeholder, dates, lists, w14 boxes. */
function controles(): FormWriter {
  const f = new FormWriter('contrôles de contenu Word')
  f.heading('FICHE DE SYNTHÈSE ANNUELLE – ACCOMPAGNEMENT À LA SCOLARITÉ')
  f.control('Raison sociale de l’organisme :', sdtText(), fig('structure.nom'))
  f.control('Ville du siège social :', sdtText(), fig('structure.commune'))
  f.control('Courriel de contact de l’organisme :', sdtText(), fig('structure.email'))
  f.control('Première séance réalisée le :', sdtDate(), fig('dates.debut'))
  f.control('Dernière séance réalisée le :', sdtDate(), fig('dates.fin'))
  f.control('Zone de congés scolaires :', sdtDropDown(['A', 'B', 'C']), fig('annee.zone'))
  f.control('Effectif total des jeunes suivis :', sdtText(), fig('enfants.total'))
  f.control('N° SIRET :', sdtText(), VIDE)
  f.yesNo('Au moins un accompagnateur a-t-il suivi une formation cette année ?', fig('formations.suivie'), sdtBox, 'end')
  f.yesNo('L’action se déroule-t-elle en zone rurale ?', fig('structure.milieuRural'), sdtBox, 'end')
  return f
}

/** Two-column tables « label | empty cell », with composite places. */
function deuxColonnes(): FormWriter {
  const f = new FormWriter('tableau libellé | case vide')
  f.heading('1. L’ORGANISME PORTEUR')
  f.table([
    ['Dénomination', fig('structure.nom')],
    ['Rue et numéro', fig('structure.adresse')],
    ['Code postal et commune', both(fig('structure.codePostal'), fig('structure.commune'))],
    ['Téléphone / courriel', both(fig('structure.telephone'), fig('structure.email'))],
    ['Numéro d’allocataire Caf', VIDE],
  ], [3500, 5500])
  f.heading('2. LA PERSONNE QUI COORDONNE L’ACTION')
  f.table([
    ['Nom et prénom', both(fig('coordinateur.nom'), fig('coordinateur.prenom'))],
    ['Adresse électronique', fig('coordinateur.email')],
    ['Numéro de portable', fig('coordinateur.telephone')],
  ], [3500, 5500])
  return f
}

/** Levels as columns with one empty row under them. */
function niveauxEnColonnes(): FormWriter {
  const f = new FormWriter('catégories en colonnes')
  f.heading('PUBLIC ACCOMPAGNÉ')
  f.p(run('Répartition des jeunes inscrits selon leur cycle :'))
  f.table([
    ['Élémentaire', 'Collège', 'Lycée'],
    [fig('enfants.elementaire'), fig('enfants.college'), fig('enfants.lycee')],
  ])
  f.p(run('Répartition des jeunes inscrits filles / garçons :'))
  f.table([
    ['Filles', 'Garçons'],
    [fig('enfants.sexe.F'), fig('enfants.sexe.M')],
  ])
  f.p(run('Encadrement :'))
  f.table([
    ['Salariés', 'Bénévoles', 'Volontaires'],
    [fig('intervenants.salarie.nombre'), fig('intervenants.benevole.nombre'), fig('intervenants.volontaire.nombre')],
  ])
  return f
}

/** Levels as rows, one empty cell each. */
function niveauxEnLignes(): FormWriter {
  const f = new FormWriter('catégories en lignes')
  f.heading('LES ENFANTS ET LES JEUNES')
  f.table([
    ['Niveau', 'Effectif'],
    ['CP', fig('enfants.niveau.CP')],
    ['CE1', fig('enfants.niveau.CE1')],
    ['CE2', fig('enfants.niveau.CE2')],
    ['CM1', fig('enfants.niveau.CM1')],
    ['CM2', fig('enfants.niveau.CM2')],
    ['6ème', fig('enfants.niveau.6E')],
    ['5ème', fig('enfants.niveau.5E')],
    ['4ème', fig('enfants.niveau.4E')],
    ['3ème', fig('enfants.niveau.3E')],
  ], [4500, 4500])
  f.dots('Familles différentes concernées :', fig('familles.nombre'))
  return f
}

/** Several places on one line. */
function plusieursParLigne(): FormWriter {
  const f = new FormWriter('plusieurs blancs par ligne')
  f.heading('CALENDRIER DE L’ACTION')
  f.line([{ label: 'Séances assurées du', source: fig('dates.debut') }, { label: 'au', source: fig('dates.fin') }])
  f.dots('Soit un nombre de semaines d’ouverture de :', fig('semaines'))
  f.heading('RESPONSABLE DU SUIVI')
  f.line([{ label: 'Nom :', source: fig('coordinateur.nom') }, { label: 'Prénom :', source: fig('coordinateur.prenom') }])
  f.line([{ label: 'Tél. :', source: fig('coordinateur.telephone') }, { label: 'Mél :', source: fig('coordinateur.email') }])
  f.empty()
  f.line([{ label: 'Fait à', source: VIDE }, { label: ', le', source: VIDE }])
  f.p(run('Signature du président :'))
  return f
}

/** Units in the label or the column heading. */
function unites(): FormWriter {
  const f = new FormWriter('unités dans le libellé')
  f.heading('MOYENS HUMAINS MOBILISÉS')
  f.dots('Temps de travail des salariés sur l’action (en heures) :', fig('intervenants.salarie.heures', 'heures'))
  f.dots('Temps donné par les bénévoles (minutes) :', fig('intervenants.benevole.heures', 'minutes'))
  f.dots('Taux moyen de présence des enfants en % :', fig('assiduite.moyenne', 'pourcent'))
  f.table([
    ['', 'Nombre de personnes', 'Volume horaire (en heures)'],
    ['Salariés', fig('intervenants.salarie.nombre'), fig('intervenants.salarie.heures', 'heures')],
    ['Bénévoles', fig('intervenants.benevole.nombre'), fig('intervenants.benevole.heures', 'heures')],
  ])
  return f
}

/** Oui/non boxes at the end of the question line (glyphs, before and after the words). */
function ouiNonEnFinDeLigne(): FormWriter {
  const f = new FormWriter('oui/non en fin de ligne')
  f.heading('TERRITOIRE ET PARTENARIATS')
  f.yesNo('Les familles viennent-elles d’un quartier de la politique de la ville ?', fig('territoire.quartierPrioritaire'), glyphBox, 'end')
  f.yesNo('Une convention écrite vous lie-t-elle aux écoles ?', fig('concertation.ecole.formalise'), glyphBox, 'before')
  f.yesNo('Un établissement partenaire est-il classé REP ou REP+ ?', fig('territoire.rep'), symBox, 'end')
  f.yesNo('Vous réunissez-vous régulièrement avec les enseignants pour échanger sur les enfants ?', fig('concertation.rencontresRegulieres'), symBox, 'before')
  return f
}

/** Oui/non boxes on the line under the question. */
function ouiNonDessous(): FormWriter {
  const f = new FormWriter('oui/non à la ligne suivante')
  f.heading('PARTENARIAT')
  f.yesNo('Travaillez-vous avec l’école sur l’orientation des élèves ?', fig('concertation.orientation'), legacyBox, 'next')
  f.yesNo('Avez-vous noué des liens informels avec d’autres acteurs locaux ?', fig('concertation.territoire.informel'), legacyBox, 'next')
  f.question('Précisez avec quels partenaires locaux :', fig('concertation.territoire.partenaires'), 2)
  f.yesNo('Les accompagnateurs ont-ils bénéficié d’une formation ?', fig('formations.suivie'), glyphBox, 'next')
  return f
}

/** Oui/non in a table cell. */
function ouiNonEnTableau(): FormWriter {
  const f = new FormWriter('oui/non dans un tableau')
  f.heading('PROFIL DES ENFANTS REÇUS')
  f.table([
    ['Les enfants rencontrent-ils des difficultés d’apprentissage ?', { boxes: fig('situations.difficulte_scolaire'), box: glyphBox }],
    ['Manquent-ils d’un lieu calme pour leurs devoirs à la maison ?', { boxes: fig('situations.logement_inadapte'), box: glyphBox }],
    ['Leurs parents maîtrisent-ils mal le français ?', { boxes: fig('situations.langue_francaise_parents'), box: legacyBox }],
    ['L’action a-t-elle lieu en milieu rural ?', { boxes: fig('structure.milieuRural'), box: legacyBox }],
  ], [6500, 2500])
  return f
}

/** « oui / non » written in the text: the answer keeps one word. */
function ouiNonTexte(): FormWriter {
  const f = new FormWriter('oui / non en texte')
  f.heading('QUESTIONS GÉNÉRALES')
  f.keepOne('L’action est-elle implantée en territoire rural ?', fig('structure.milieuRural'))
  f.keepOne('Certains enfants résident-ils en quartier prioritaire ?', fig('territoire.quartierPrioritaire'))
  f.keepOne('Une convention a-t-elle été signée avec les écoles ?', fig('concertation.ecole.formalise'))
  f.dots('Nombre de groupes d’enfants constitués :', fig('collectifs.nombre'))
  return f
}

/** Labels in cells that already hold other text, and FORMTEXT fields. */
function etiquettesEnCellule(): FormWriter {
  const f = new FormWriter('libellé dans une cellule déjà écrite')
  const rows: string[][][] = [[[bold('IDENTIFICATION DU PROJET'), run('Nom donné au projet : '), run('(tel qu’il figure dans la convention)')]]]
  f.table(rows as never, [9000])
  f.slot({ kind: 'text', para: f.paragraphs - 3, after: 'Nom donné au projet :', source: fig('annee.intituleProjet') })
  f.table([[[bold('PORTEUR'), run('Association porteuse : '), run('Ville : ')]]] as never, [9000])
  f.slot({ kind: 'text', para: f.paragraphs - 3, after: 'Association porteuse :', source: fig('structure.nom') })
  f.slot({ kind: 'text', para: f.paragraphs - 2, after: 'Ville :', source: fig('structure.commune') })
  f.control('Nombre de jeunes accueillis :', formText(), fig('enfants.total'))
  f.control('Nombre de collégiens :', formText(), fig('enfants.college'))
  return f
}

/** Type safety: places where a figure of the wrong kind is near by its words. */
function typesPieges(): FormWriter {
  const f = new FormWriter('pièges de type')
  f.heading('EN CHIFFRES')
  f.dots('Nombre d’enfants issus d’un quartier prioritaire :', fig('enfants.qpv'))
  f.dots('Nom des établissements scolaires partenaires :', fig('territoire.etablissements'))
  f.dots('Nombre d’enfants suivis ayant des difficultés scolaires :', VIDE)
  f.dots('Nom du lieu d’accueil des séances :', fig('territoire.lieux'))
  f.dots('Nombre de bénévoles mobilisés :', fig('intervenants.benevole.nombre'))
  f.table([
    ['Type de local', 'Nombre de lieux'],
    ['Scolaire', VIDE],
  ])
  return f
}

/** Tabs and underscores, boxes before the words, legacy boxes. */
function mixteAncien(): FormWriter {
  const f = new FormWriter('formulaire ancien (tabulations, soulignés)')
  f.heading('BILAN QUANTITATIF')
  f.dots('Total des jeunes ayant fréquenté l’action', fig('enfants.total'), '__________________')
  f.dots('dont collégiens', fig('enfants.college'), '__________________')
  f.dots('dont élèves de l’élémentaire', fig('enfants.elementaire'), '__________________')
  f.p(run('Le local utilisé est :') + tab() + legacyBox() + run(' associatif') + tab() + legacyBox() + run(' municipal') + tab() + legacyBox() + run(' scolaire'))
  const para = f.paragraphs - 1
  f.slot({ kind: 'boxes', oui: { para, n: 0 }, non: { para, n: 2 }, source: fig('territoire.typeLocal.associatif') })
  f.dots('Nombre total d’accompagnateurs mobilisés', fig('intervenants.total.nombre'), '__________________')
  return f
}

export const CORPUS: (() => FormWriter)[] = [controles, deuxColonnes, niveauxEnColonnes, niveauxEnLignes, plusieursParLigne, unites, ouiNonEnFinDeLigne, ouiNonDessous, ouiNonEnTableau, ouiNonTexte, etiquettesEnCellule, typesPieges, mixteAncien]
