import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contract, type CallName } from '../../shared/contract'
import { ApiError } from '../../shared/contract/errors'
import { ANNEE, seedAssociation, STRUCTURE, tableCounts } from '../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../tests/helpers/workspace'

let t: TestWorkspace
let seed: ReturnType<typeof seedAssociation>
let seanceId: string

beforeEach(() => {
  t = tempWorkspace()
  seed = seedAssociation(t)
  seanceId = t.call('seances.save', { collectifId: seed.collectif.id, date: '2025-11-04', heureDebut: '16:45', dureeMinutes: 90 }).id
  t.call('registre.setPresence', { seanceId, enfantId: seed.enfants[0].id, statut: 'present' })
})
afterEach(() => t.cleanup())

/** For every call of the contract, inputs it must refuse, with the field the message must name. */
function badInputs(): Record<CallName, [input: unknown, field: string][]> {
  const c = seed.collectif
  const e = seed.enfants[0]
  const validCollectif = { nom: 'Nouveau', niveau: 'college', lieuId: seed.lieu.id, etablissementIds: [], creneaux: [], intervenantIds: [] }
  const doc = () => t.call('echange.export')
  const liste = Buffer.from('Nom;Prénom;Classe\nDiallo;Inès;CM1\nMartin;Léo;CE2\n').toString('base64')
  return {
    'app.status': [[42, '']],
    'app.openDemo': [['démo', '']],
    'app.leaveDemo': [[[], '']],
    'app.remplirDemo': [[1, '']],
    'setup.create': [
      [{ structure: { ...STRUCTURE, nom: '  ' }, anneeScolaire: ANNEE }, 'structure.nom'],
      [{ structure: { ...STRUCTURE, departementCaf: '99' }, anneeScolaire: ANNEE }, 'structure.departementCaf'],
      [{ structure: STRUCTURE, anneeScolaire: { ...ANNEE, libelle: '2025-2027' } }, 'anneeScolaire.libelle'],
      [{ structure: STRUCTURE, anneeScolaire: { ...ANNEE, fin: '2025-08-01' } }, 'anneeScolaire.fin'],
    ],
    'structure.get': [[1, '']],
    'annees.liste': [['2024-2025', '']],
    'tableauDeBord.comparaison': [[{ date: '2025-02-30' }, 'date'], [{ date: '2024-11-04' }, 'date']],
    'structure.update': [
      [{ structure: { ...STRUCTURE, codePostal: '1000' }, anneeScolaire: ANNEE }, 'structure.codePostal'],
      [{ structure: { ...STRUCTURE, coordinateur: { prenom: 'A' } }, anneeScolaire: ANNEE }, 'structure.coordinateur.nom'],
      [{ structure: STRUCTURE, anneeScolaire: { ...ANNEE, libelle: '2026-2027', debut: '2026-09-01', fin: '2027-07-03' } }, 'anneeScolaire.libelle'],
    ],
    'lieux.list': [['', '']],
    'lieux.save': [
      [{ nom: '', adresse: '', commune: '', typeLocal: 'associatif' }, 'nom'],
      [{ nom: 'Grange', adresse: '', commune: '', typeLocal: 'grange' }, 'typeLocal'],
    ],
    'lieux.supprimer': [[{ id: '' }, 'id'], [{}, 'id']],
    'annulation.annuler': [[{ jeton: '' }, 'jeton']],
    'etablissements.list': [[5, '']],
    'etablissements.save': [[{ nom: 'Fac', type: 'universite', commune: '' }, 'type']],
    'intervenants.list': [[true, '']],
    'intervenants.save': [
      [{ prenom: 'Léa', nom: 'Roux', statut: 'stagiaire' }, 'statut'],
      [{ prenom: 'Léa', nom: 'Roux', statut: 'benevole', heuresHorsSeances: -3 }, 'heuresHorsSeances'],
    ],
    'familles.list': [['x', '']],
    'familles.save': [[{ nom: 42 }, 'nom']],
    'collectifs.list': [[{ date: '2025-02-30' }, 'date']],
    'collectifs.get': [[{}, 'id']],
    'collectifs.save': [
      [{ ...validCollectif, creneaux: [{ jour: 8, heureDebut: '16:45', dureeMinutes: 90 }] }, 'creneaux[0].jour'],
      [{ ...validCollectif, creneaux: [{ jour: 2, heureDebut: '25:00', dureeMinutes: 90 }] }, 'creneaux[0].heureDebut'],
      [{ ...validCollectif, niveau: 'maternelle' }, 'niveau'],
      [{ ...validCollectif, lieuId: 'lieu-inconnu' }, 'lieuId'],
      [{ ...validCollectif, intervenantIds: [seed.intervenants[0].id, 'personne'] }, 'intervenantIds[1]'],
    ],
    'enfants.list': [[{ collectifId: '' }, 'collectifId']],
    'enfants.get': [[{ id: 5 }, 'id']],
    'enfants.save': [
      [{ prenom: 'Inès', nom: 'Diallo', niveau: 'CM3', inscriptions: [] }, 'niveau'],
      [{ prenom: 'Inès', nom: 'Diallo', niveau: 'CM1', dateNaissance: '12/03/2015', inscriptions: [] }, 'dateNaissance'],
      [{ prenom: 'Inès', nom: 'Diallo', niveau: 'CM1', inscriptions: [{ collectifId: c.id, du: '2026-01-10', au: '2025-12-01' }] }, 'inscriptions[0].au'],
      [{ prenom: 'Inès', nom: 'Diallo', niveau: 'CM1', inscriptions: [{ collectifId: 'nulle-part', du: '2025-11-03' }] }, 'inscriptions[0].collectifId'],
      [{ prenom: 'Inès', nom: 'Diallo', niveau: 'CM1', familleId: 'famille-inconnue', inscriptions: [] }, 'familleId'],
    ],
    'enfants.enroll': [
      [{ enfantId: e.id, collectifId: c.id, du: '2025-13-01' }, 'du'],
      [{ enfantId: e.id, collectifId: c.id, du: '2025-12-01' }, 'du'],
    ],
    'enfants.inscrirePlusieurs': [
      [{ collectifId: c.id, enfantIds: [] }, 'enfantIds'],
      [{ collectifId: c.id, enfantIds: [e.id, 'inconnu'] }, 'enfantIds[1]'],
      [{ collectifId: c.id, enfantIds: [e.id], du: '2026-08-01' }, 'du'],
    ],
    'enfants.importerListe.apercu': [
      [{ nomFichier: '', base64: liste }, 'nomFichier'],
      [{ nomFichier: 'liste.csv', base64: 'pas du base64 !' }, 'base64'],
      [{ nomFichier: 'liste.csv', base64: liste, colonnes: { nom: 0, age: 3 } }, 'colonnes'],
      [{ nomFichier: 'liste.csv', base64: liste, colonnes: { nom: -1 } }, 'colonnes.nom'],
      [{ nomFichier: 'liste.csv', base64: liste, colonnes: { nom: 0, prenom: 0 } }, 'colonnes'],
      [{ nomFichier: 'liste.csv', base64: liste, colonnes: { niveau: 9 } }, 'colonnes.niveau'],
      [{ nomFichier: 'liste.csv', base64: liste, ligneEntete: 40 }, 'ligneEntete'],
    ],
    'enfants.importerListe.confirmer': [
      [{ nomFichier: 'liste.csv', base64: liste, collectifId: 'nulle-part' }, 'collectifId'],
      [{ nomFichier: 'liste.csv', base64: liste, collectifId: c.id, du: '2025-02-30' }, 'du'],
      [{ nomFichier: 'liste.csv', base64: liste, collectifId: c.id, du: '2024-11-04' }, 'du'],
      [{ nomFichier: 'liste.csv', base64: liste, colonnes: { nom: 0, prenom: 1 } }, 'colonnes'],
    ],
    'seances.list': [[{ du: 'demain' }, 'du']],
    'seances.plan': [
      [{ collectifId: c.id, du: '2026-06-01', au: '2026-01-01' }, 'au'],
      [{ collectifId: c.id, du: '2024-01-01', au: '2024-02-01' }, 'du'],
    ],
    'seances.save': [
      [{ collectifId: c.id, date: '2025-11-06', heureDebut: '4pm', dureeMinutes: 90 }, 'heureDebut'],
      [{ collectifId: c.id, date: '2025-11-06', heureDebut: '16:45', dureeMinutes: 5 }, 'dureeMinutes'],
      [{ collectifId: c.id, date: '2027-01-05', heureDebut: '16:45', dureeMinutes: 90 }, 'date'],
    ],
    'seances.cancel': [[{ seanceId, motif: 'x'.repeat(301) }, 'motif']],
    'seances.restore': [[{}, 'seanceId']],
    'registre.get': [[{ seanceId: '' }, 'seanceId']],
    'registre.setPresence': [
      [{ seanceId, enfantId: e.id, statut: 'malade' }, 'statut'],
      [{ seanceId, enfantId: 'enfant-inconnu', statut: 'present' }, 'enfantId'],
    ],
    'registre.setPresences': [
      [{ seanceId, marks: [] }, 'marks'],
      [{ seanceId, marks: [{ enfantId: e.id, statut: 'malade' }] }, 'marks[0].statut'],
      // The first mark is valid and written before the second is refused: the call rolls back.
      [{ seanceId, marks: [{ enfantId: seed.enfants[1].id, statut: 'present' }, { enfantId: 'enfant-inconnu', statut: 'present' }] }, 'marks[1].enfantId'],
    ],
    'registre.update': [
      [{ seanceId, activites: ['danse'] }, 'activites[0]'],
      [{ seanceId, intervenantIds: ['personne'] }, 'intervenantIds[0]'],
    ],
    'registre.semaine': [[{ collectifId: c.id, date: '2025-11' }, 'date']],
    'echange.export': [[7, '']],
    'conformite.evaluer': [[{ date: '15/06/2026' }, 'date'], [{ date: '2026-02-30' }, 'date']],
    'tableauDeBord.donnees': [[{ date: 20260615 }, 'date']],
    'registres.exporter': [
      [{ collectifId: 'collectif-inconnu', du: '2025-11-01', au: '2025-11-30', format: 'xlsx' }, 'collectifId'],
      [{ collectifId: c.id, du: '2025-11-30', au: '2025-11-01', format: 'pdf' }, 'au'],
      [{ collectifId: c.id, du: '2025-11-01', au: '2025-11-30', format: 'docx' }, 'format'],
      [{ collectifId: c.id, du: '2024-09-01', au: '2024-12-31', format: 'xlsx' }, 'du'],
    ],
    'registres.bilanAnnuel': [[{ au: '31/12/2025' }, 'au']],
    'bilan.chiffres': [[42, ''], ['chiffres', '']],
    'intervenants.supprimer': [[{ id: '' }, 'id'], [{ id: 3 }, 'id']],
    'intervenants.activite': [[[], '']],
    'formations.list': [['formations', '']],
    'formations.save': [
      [{ organisme: 'Fédération des centres sociaux', intitule: ' ', dates: ['2025-10-04'], intervenantIds: [] }, 'intitule'],
      [{ organisme: 'Fédération des centres sociaux', intitule: 'Accueillir', dates: [], intervenantIds: [] }, 'dates'],
      [{ organisme: 'Fédération des centres sociaux', intitule: 'Accueillir', dates: ['2025-10-04', '04/10/2025'], intervenantIds: [] }, 'dates[1]'],
      [{ organisme: 'Fédération des centres sociaux', intitule: 'Accueillir', dates: ['2025-10-04', '2025-10-04'], intervenantIds: [] }, 'dates'],
      [{ organisme: 'Fédération des centres sociaux', intitule: 'Accueillir', dates: ['2025-10-04', '2023-10-04'], intervenantIds: [] }, 'dates[1]'],
      [{ organisme: 'Fédération des centres sociaux', intitule: 'Accueillir', dates: ['2025-10-04'], intervenantIds: [seed.intervenants[0].id, 'personne'] }, 'intervenantIds[1]'],
    ],
    'formations.supprimer': [[{}, 'id']],
    'etablissements.supprimer': [[{ id: '' }, 'id'], [{}, 'id'], [{ id: 'x'.repeat(201) }, 'id']],
    'familles.supprimer': [[{ id: '   ' }, 'id'], [{ id: 42 }, 'id']],
    'actionsParents.list': [[[], '']],
    'actionsParents.get': [[{}, 'id']],
    'actionsParents.save': [
      [{ date: '2025-11-20', objectifs: ['convivialite'], collectifIds: [c.id] }, 'nbParents'],
      [{ date: '2025-11-20', objectifs: ['goûter'], collectifIds: [c.id], nbParents: 5 }, 'objectifs[0]'],
      [{ date: '2025-11-20', objectifs: ['convivialite'], format: 'kermesse', collectifIds: [c.id], nbParents: 5 }, 'format'],
      [{ date: '2025-11-20', dureeMinutes: 0, objectifs: ['convivialite'], collectifIds: [c.id], nbParents: 5 }, 'dureeMinutes'],
      [{ date: '2024-11-20', objectifs: ['convivialite'], collectifIds: [c.id], nbParents: 5 }, 'date'],
      [{ date: '2025-11-20', objectifs: ['convivialite'], collectifIds: [c.id, 'nulle-part'], nbParents: 5 }, 'collectifIds[1]'],
      [{ date: '2025-11-20', objectifs: ['convivialite'], collectifIds: [c.id], familleIds: ['famille-inconnue'], nbParents: 5 }, 'familleIds[0]'],
    ],
    'actionsParents.supprimer': [[{ id: '' }, 'id']],
    'concertations.list': [[12, '']],
    'concertations.get': [[{}, 'id']],
    'concertations.save': [
      [{ date: '2025-10-10', avec: 'ecole', type: 'reunion_amont', formalise: false }, 'etablissementId'],
      [{ date: '2025-10-10', avec: 'ecole', etablissementId: 'ecole-inconnue', type: 'reunion_amont', formalise: false }, 'etablissementId'],
      [{ date: '2025-10-10', avec: 'territoire', partenaire: '  ', type: 'projet_commun', formalise: false }, 'partenaire'],
      [{ date: '2025-10-10', avec: 'mairie', partenaire: 'Mairie', type: 'projet_commun', formalise: false }, 'avec'],
      [{ date: '2025-10-10', avec: 'ecole', etablissementId: seed.ecole.id, type: 'kermesse', formalise: false }, 'type'],
      [{ date: '2025-10-10', avec: 'ecole', etablissementId: seed.ecole.id, type: 'reunion_bilan', formalise: 'oui' }, 'formalise'],
      [{ date: '2023-10-10', avec: 'ecole', etablissementId: seed.ecole.id, type: 'reunion_bilan', formalise: true }, 'date'],
    ],
    'concertations.supprimer': [[{ id: '' }, 'id']],
    'concertations.partenaires': [['tous', '']],
    'sauvegardes.etat': [[42, '']],
    'sauvegardes.choisirDossier': [[{ dossier: '' }, 'dossier'], [{ dossier: 'relatif/dossier' }, 'dossier']],
    'sauvegardes.definirPhrase': [[{ phrase: 'une phrase assez longue', confirmation: 'une autre phrase' }, 'confirmation'], [{ phrase: 'court', confirmation: 'court' }, 'phrase']],
    'sauvegardes.maintenant': [['maintenant', '']],
    'sauvegardes.copie': [['copie', '']],
    'sauvegardes.restaurer': [[{ fichier: '' }, 'fichier'], [{ fichier: '../clas.sqlite' }, 'fichier']],
    'projetsBonus.list': [[5, '']],
    'projetsBonus.save': [
      [{ type: 'ados', intitule: 'Théâtre', collectifIds: [], touteAnnee: true, depenses: [] }, 'type'],
      [{ type: 'tne', intitule: '  ', collectifIds: [], touteAnnee: true, depenses: [] }, 'intitule'],
      [{ type: 'tne', intitule: 'Pronote', collectifIds: [c.id, c.id], touteAnnee: true, depenses: [] }, 'collectifIds'],
      [{ type: 'tne', intitule: 'Pronote', collectifIds: [c.id, 'nulle-part'], touteAnnee: true, depenses: [] }, 'collectifIds[1]'],
      [{ type: 'tne', intitule: 'Pronote', collectifIds: [], touteAnnee: 'oui', depenses: [] }, 'touteAnnee'],
      [{ type: 'tne', intitule: 'Pronote', collectifIds: [], touteAnnee: true, depenses: [{ nature: 'repas', libelle: 'Goûter', montantEuros: 12 }] }, 'depenses[0].nature'],
      [{ type: 'tne', intitule: 'Pronote', collectifIds: [], touteAnnee: true, depenses: [{ nature: 'materiel', libelle: 'Tablettes', montantEuros: 300 }, { nature: 'autre', libelle: 'Car', montantEuros: -5 }] }, 'depenses[1].montantEuros'],
      [{ type: 'tne', intitule: 'Pronote', collectifIds: [], touteAnnee: true, depenses: [{ nature: 'autre', libelle: 'Car', montantEuros: '12,50' }] }, 'depenses[0].montantEuros'],
    ],
    'projetsBonus.supprimer': [[{ id: '' }, 'id'], [{}, 'id']],
    'budget.lire': [[5, '']],
    'anneeSuivante.preparer': [[5, '']],
    'anneeSuivante.reponsesPrecedentes': [['x', '']],
    'anneeSuivante.demarrer': [
      [{}, 'libelle'],
      [{ libelle: '2026-27' }, 'libelle'],
      [{ libelle: '2027-2028' }, 'libelle'],
      [{ libelle: '2026-2027', choix: [{ enfantId: 'inconnu', reconduit: true }] }, 'choix[0].enfantId'],
      [{ libelle: '2026-2027', choix: [{ enfantId: e.id, reconduit: 'oui' }] }, 'choix[0].reconduit'],
      [{ libelle: '2026-2027', choix: [{ enfantId: e.id, reconduit: true, collectifId: 'ailleurs' }] }, 'choix[0].collectifId'],
      [{ libelle: '2026-2027', choix: [{ enfantId: e.id, reconduit: true }, { enfantId: e.id, reconduit: false }] }, 'choix[1].enfantId'],
    ],
    'budget.enregistrer': [
      [{ lignes: [{ poste: 'loyer', previsionnelCentimes: 100 }] }, 'lignes[0].poste'],
      [{ lignes: [{ poste: 'achats', previsionnelCentimes: 12.5 }] }, 'lignes[0].previsionnelCentimes'],
      [{ lignes: [{ poste: 'achats', realiseCentimes: '1 234,50' }] }, 'lignes[0].realiseCentimes'],
      [{ lignes: [{ poste: 'achats', realiseCentimes: -1 }] }, 'lignes[0].realiseCentimes'],
      [{ lignes: [{ poste: 'autre_financeur', libelle: ' ', previsionnelCentimes: 100 }] }, 'lignes[0].libelle'],
      [{ lignes: [{ poste: 'commune' }, { poste: 'commune' }] }, 'lignes[1].poste'],
      [{ tauxHoraireBenevolatCentimes: 'douze', lignes: [] }, 'tauxHoraireBenevolatCentimes'],
      [{}, 'lignes'],
    ],
    'budget.acces.regler': [[{ benevolesVoient: 'oui' }, 'benevolesVoient'], [{}, 'benevolesVoient']],
    'budget.compteRendu': [[{ format: 'ods' }, 'format'], [{}, 'format']],
    'recherche.globale': [[{ texte: 5 }, 'texte'], [{}, 'texte'], [{ texte: 'x'.repeat(101) }, 'texte']],
    'bilan.formulaire': [[{}, 'modeleId'], [{ modeleId: '' }, 'modeleId'], [{ modeleId: 'caf99-2030-2031' }, 'modeleId']],
    'bilan.reponses.enregistrer': [
      [{ questionId: 'question_inventee', texte: 'Une réponse' }, 'questionId'],
      [{ questionId: 'conclusion_perspectives', texte: 42 }, 'texte'],
      [{ questionId: 'ecarts_previsionnel_reel_existe', texte: 'peut-être' }, 'texte'],
    ],
    'bilan.corrections.enregistrer': [
      [{ cle: 'enfants.inventes', valeur: '12' }, 'cle'],
      [{ cle: 'intervenants.salarie.nombre', valeur: '  ' }, 'valeur'],
      [{ cle: 'intervenants.salarie.nombre' }, 'valeur'],
      [{ cle: 'territoire.quartierPrioritaire', valeur: 'peut-être' }, 'valeur'],
    ],
    'bilan.document': [
      [{ modeleId: 'caf01-2025-2026', format: 'odt' }, 'format'], [{ modeleId: 'inconnu', format: 'docx' }, 'modeleId'], [{ format: 'docx' }, 'modeleId'],
      [{ formulaire: { nomFichier: 'f.docx', base64: 'pas du base64 !', correspondance: { blanks: [] } }, format: 'docx' }, 'formulaire.base64'],
    ],
    'bilan.apercu': [[{ modeleId: 42 }, 'modeleId'], [{ modeleId: 'inconnu' }, 'modeleId']],
    'bilan.modeles.list': [[42, '']],
    'bilan.modeles.importer.apercu': [
      [{ nomFichier: 'bilan.docx', base64: 'UEsDBA==', departement: '99', anneeScolaire: '2025-2026' }, 'departement'],
      [{ nomFichier: 'bilan.docx', base64: 'UEsDBA==', departement: '20', anneeScolaire: '2025-2026' }, 'departement'],
      [{ nomFichier: 'bilan.docx', base64: 'UEsDBA==', departement: '01', anneeScolaire: '2025-2027' }, 'anneeScolaire'],
      [{ nomFichier: 'bilan.docx', base64: 'pas du base64 !', departement: '01', anneeScolaire: '2025-2026' }, 'base64'],
      [{ nomFichier: ' ', base64: 'UEsDBA==', departement: '01', anneeScolaire: '2025-2026' }, 'nomFichier'],
    ],
    'bilan.modeles.importer.confirmer': [
      [{ nomFichier: 'bilan.docx', base64: 'UEsDBA==', departement: '2C', anneeScolaire: '2025-2026', bindings: [] }, 'departement'],
      [{ nomFichier: 'bilan.docx', base64: 'UEsDBA==', departement: '01', anneeScolaire: '2025', bindings: [] }, 'anneeScolaire'],
      [{ nomFichier: 'bilan.docx', base64: 'UEsDBA==', departement: '01', anneeScolaire: '2025-2026', bindings: [{ blank: '', valeur: { ignorer: true } }] }, 'bindings[0].blank'],
      [{ nomFichier: 'bilan.docx', base64: 'UEsDBA==', departement: '01', anneeScolaire: '2025-2026', bindings: [{ blank: 'texte:x#1', valeur: { formule: 'x' } }] }, 'bindings[0].valeur'],
      [{ nomFichier: 'bilan.docx', base64: 'UEsDBA==', departement: '01', anneeScolaire: '2025-2026', lignesRetirees: [-1] }, 'lignesRetirees[0]'],
    ],
    'bilan.modeles.supprimer': [[{ id: '../caf01-2025-2026' }, 'id'], [{}, 'id']],
    'recuperation.etat': [[42, '']],
    'recuperation.restaurer': [[{ fichier: '' }, 'fichier'], [{ fichier: '../clas.sqlite' }, 'fichier']],
    'recuperation.reessayer': [['encore', '']],
    'recuperation.nouvelleBase': [[[], '']],
    'rgpd.exporter': [[{}, ''], [{ enfantId: 'personne' }, 'enfantId']],
    'rgpd.exporterPage': [[{}, ''], [{ familleId: 'personne' }, 'familleId']],
    'rgpd.effacer': [[{ enfantId: 'personne' }, 'enfantId'], [{ familleId: '' }, '']],
    'rgpd.retention': [[{ annees: 0 }, 'annees'], [{ annees: 2.5 }, 'annees']],
    'rgpd.purger': [[{ annees: 3, enfantIds: [] }, 'enfantIds'], [{ annees: 3, enfantIds: [e.id] }, 'enfantIds[0]']],
    'session.etat': [[42, '']],
    'session.ouvrir': [[{ compteId: 'c1', secret: '' }, 'secret'], [{ secret: 'Motdepasse1' }, 'nom'], [{ nom: 'Nadia', secret: 'x'.repeat(201) }, 'secret']],
    'session.fermer': [['fin', '']],
    'comptes.list': [[1, '']],
    'comptes.save': [
      [{ nom: ' ', role: 'benevole', type: 'pin', secret: '493817' }, 'nom'],
      [{ nom: 'Inès', role: 'admin', type: 'pin', secret: '493817' }, 'role'],
      [{ nom: 'Inès', role: 'benevole', type: 'pin', secret: '1234' }, 'secret'],
      [{ nom: 'Inès', role: 'benevole', type: 'pin', secret: '123456' }, 'secret'],
      [{ nom: 'Inès', role: 'benevole', type: 'mot_de_passe', secret: 'motdepasse' }, 'secret'],
      [{ nom: 'Nadia', role: 'coordinateur', type: 'pin', secret: '493817' }, 'type'],
      [{ nom: 'Inès', role: 'benevole', type: 'pin', secret: '493817', collectifIds: [c.id, c.id] }, 'collectifIds'],
    ],
    'comptes.supprimer': [[{ id: '' }, 'id'], [{}, 'id']],
    'journal.list': [[{ page: 0 }, 'page'], [{ page: 1.5 }, 'page']],
    'cloture.etat': [[42, '']],
    'cloture.verifier': [[{}, 'modeleId'], [{ modeleId: 'caf99-2030-2031' }, 'modeleId']],
    'cloture.demarrer': [
      [{ modeleId: 'caf01-2025-2026', dossier: 'dossier/relatif' }, 'dossier'],
      [{ modeleId: 'caf01-2025-2026', pdf: 'oui' }, 'pdf'],
      [{ modeleId: 'inconnu' }, 'modeleId'],
    ],
    'cloture.progression': [[{ travailId: '' }, 'travailId'], [{}, 'travailId']],
    'cloture.telecharger': [[{ travailId: 42 }, 'travailId']],
    'cloture.ouvrirDossier': [[{ travailId: '' }, 'travailId']],
    'cloture.cloturer': [[{}, 'travailId']],
    'cloture.rouvrir': [[42, '']],
    'collectifs.supprimer': [[{ id: '' }, 'id'], [{ id: 'collectif-inconnu' }, 'id']],
    'enfants.supprimer': [[{ id: 42 }, 'id']],
    'seances.supprimer': [[{ seanceId: '' }, 'seanceId'], [{}, 'seanceId']],
    'echange.import': [
      [{ document: { ...doc(), format: 'autre' } }, 'document.format'],
      [{ document: { ...doc(), enfants: doc().enfants.map((x, i) => (i === 3 ? { ...x, niveau: 'CM3' } : x)) } }, 'document.enfants[3].niveau'],
      [{ document: { ...doc(), seances: doc().seances.map((s) => ({ ...s, collectifId: 'fantome' })) } }, 'document.seances[0].collectifId'],
    ],
  }
}

describe('every call refuses bad input with a French message naming the field, and writes nothing', () => {
  it('covers every call of the contract', () => {
    expect(Object.keys(badInputs()).sort()).toEqual(Object.keys(contract).sort())
  })

  for (const name of Object.keys(contract) as CallName[]) {
    it(name, async () => {
      const before = tableCounts(t)
      const { exporteLe: _a, ...snapshot } = t.call('echange.export')
      for (const [input, field] of badInputs()[name]) {
        let caught: unknown
        try {
          // awaited: a call reading a file off the thread refuses later (enfants.importerListe.apercu)
          await t.dispatch(name, input)
        } catch (error) {
          caught = error
        }
        expect(caught, `${name} accepted ${JSON.stringify(input).slice(0, 120)}`).toBeInstanceOf(ApiError)
        const error = caught as ApiError
        expect(error.code).toBe('validation')
        if (field) {
          expect(error.field).toBe(field)
          expect(error.message.startsWith(`${field} : `)).toBe(true)
        }
        expect(error.message).not.toMatch(/\b(invalid|expected|required|received|undefined)\b/i)
      }
      expect(tableCounts(t)).toEqual(before)
      const { exporteLe: _b, ...after } = t.call('echange.export')
      expect(after).toEqual(snapshot)
    })
  }

  it('refuses an unknown call', () => {
    expect(() => t.dispatch('enfants.drop', {})).toThrow(/Appel inconnu/)
  })
})

describe('transactions', () => {
  it('rolls back a write call that fails half-way, and says so in French', () => {
    const doc = t.call('echange.export')
    const fresh = tempWorkspace()
    try {
      // A failure of the disk or of SQLite in the middle of an import: the structure, the year,
      // the collectifs and the children are written before the presences fail.
      fresh.workspace.context().sqlite.exec("CREATE TEMP TRIGGER fail BEFORE INSERT ON presences BEGIN SELECT RAISE(ABORT, 'panne simulée'); END")
      const before = tableCounts(fresh)
      expect(() => fresh.call('echange.import', { document: doc })).toThrow(/rien n'a été enregistré/)
      expect(tableCounts(fresh)).toEqual(before)
      expect(fresh.call('app.status').configured).toBe(false)
    } finally {
      fresh.cleanup()
    }
  })
})
