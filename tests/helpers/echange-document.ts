import {
  echangeDocumentSchema, type ActionParents, type Collectif, type Concertation, type EchangeDocument, type Enfant, type Etablissement,
  type Famille, type Formation, type Intervenant, type Lieu, type ProjetBonus, type Seance,
} from '../../src/shared/exchange/schema'

/**
 * A small exchange document built entity by entity, for tests that work figures out by hand.
 * Every entity gets a readable id (`enfant-3`) and sensible defaults; `build()` checks the
 * result against the exchange schema, so a test never computes on a document the app refuses.
 */
export function documentBuilder(annee: Partial<EchangeDocument['anneeScolaire']> = {}) {
  const doc: EchangeDocument = {
    format: 'clas-echange',
    version: 1,
    structure: {
      nom: 'Association Les Ponts', adresse: '12 rue des Écoles', codePostal: '01000', commune: 'Bourg-en-Bresse',
      departementCaf: '01', milieuRural: false, coordinateur: { prenom: 'Nadia', nom: 'Benali' },
    },
    anneeScolaire: { libelle: '2025-2026', debut: '2025-09-01', fin: '2026-07-03', zone: 'A', intituleProjet: 'Réussir ensemble', ...annee },
    lieux: [], etablissements: [], intervenants: [], collectifs: [], familles: [], enfants: [], seances: [],
    actionsParents: [], concertations: [], formations: [], projetsBonus: [], reponses: {},
  }
  const counters = new Map<string, number>()
  const nextId = (kind: string) => {
    const n = (counters.get(kind) ?? 0) + 1
    counters.set(kind, n)
    return `${kind}-${n}`
  }
  const add = <T extends { id: string }>(list: T[], kind: string, item: Omit<T, 'id'> & { id?: string }): T => {
    const full = { ...item, id: item.id ?? nextId(kind) } as T
    list.push(full)
    return full
  }
  let defaultLieu: Lieu | undefined
  const lieu = (p: Partial<Lieu> = {}) => add(doc.lieux, 'lieu', { nom: 'Local', adresse: '', commune: '', typeLocal: 'associatif', ...p })

  return {
    doc,
    lieu,
    etablissement: (p: Partial<Etablissement> = {}) => add(doc.etablissements, 'etablissement', { nom: 'École', type: 'ecole', commune: '', ...p }),
    intervenant: (statut: Intervenant['statut'], p: Partial<Intervenant> = {}) =>
      add(doc.intervenants, 'intervenant', { prenom: 'Prénom', nom: `Nom ${doc.intervenants.length + 1}`, statut, ...p }),
    collectif: (nom: string, p: Partial<Collectif> = {}) =>
      add(doc.collectifs, 'collectif', { nom, niveau: 'primaire', lieuId: p.lieuId ?? (defaultLieu ??= lieu()).id, etablissementIds: [], creneaux: [], intervenantIds: [], ...p }),
    famille: (p: Partial<Famille> = {}) => add(doc.familles, 'famille', { nom: `Famille ${doc.familles.length + 1}`, ...p }),
    /** A child enrolled in each collectif from `du` (default the first day of the year), open-ended. */
    enfant: (p: Partial<Enfant> & { dans?: Collectif[]; du?: string } = {}) => {
      const { dans = [], du = doc.anneeScolaire.debut, ...rest } = p
      return add(doc.enfants, 'enfant', {
        prenom: 'Prénom', nom: `Nom ${doc.enfants.length + 1}`, niveau: 'CM1',
        inscriptions: dans.map((c) => ({ collectifId: c.id, du })), ...rest,
      })
    },
    /** A séance of 90 minutes at 16:45; `presents` are marked present, `absents` absent. */
    seance: (collectif: Collectif, date: string, p: Partial<Seance> & { presents?: Enfant[]; absents?: Enfant[]; avec?: Intervenant[] } = {}) => {
      const { presents = [], absents = [], avec = [], ...rest } = p
      return add(doc.seances, 'seance', {
        collectifId: collectif.id, date, heureDebut: '16:45', dureeMinutes: 90, intervenantIds: avec.map((i) => i.id),
        presences: [...presents.map((e) => ({ enfantId: e.id, statut: 'present' as const })), ...absents.map((e) => ({ enfantId: e.id, statut: 'absent' as const }))],
        ...rest,
      })
    },
    actionParents: (p: Partial<ActionParents> = {}) =>
      add(doc.actionsParents, 'action', { date: '2025-11-20', objectifs: ['convivialite'], collectifIds: [], nbParents: 0, ...p }),
    concertation: (p: Partial<Concertation> = {}) => add(doc.concertations, 'concertation', { date: '2025-10-10', avec: 'ecole', type: 'reunion_amont', formalise: false, ...p }),
    formation: (p: Partial<Formation> = {}) => add(doc.formations, 'formation', { organisme: 'Organisme', intitule: 'Formation', dates: [], intervenantIds: [], ...p }),
    projetBonus: (p: Partial<ProjetBonus> = {}) => add(doc.projetsBonus, 'bonus', { type: 'enfants', intitule: 'Projet', collectifIds: [], touteAnnee: false, depenses: [], ...p }),
    /** The document, checked against the exchange schema (throws on a document the app would refuse). */
    build: (): EchangeDocument => echangeDocumentSchema.parse(doc),
  }
}
