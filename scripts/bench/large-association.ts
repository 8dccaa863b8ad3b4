import type { EchangeDocument, Enfant, Seance } from '../../src/shared/exchange/schema'
import { NIVEAUX } from '../../src/shared/domain/lists'
import { planSeances } from '../../src/shared/seances/plan-seances'

/**
 * A large association for the benchmarks: `collectifs` collectifs of `enfantsParCollectif`
 * children, two séances a week from the end of Toussaint to 15 June 2026 (zone A), each child
 * marked at every held séance. Deterministic; not meant to be realistic, only big.
 */
export function buildLargeAssociation(collectifs = 60, enfantsParCollectif = 12): EchangeDocument {
  const id = (kind: string, n: number) => `${kind}-${String(n).padStart(5, '0')}`
  const niveaux = NIVEAUX.filter((n) => n !== 'AUTRE')
  const intervenants = Array.from({ length: collectifs * 2 }, (_, i) => ({
    id: id('intervenant', i), prenom: `Prénom${i}`, nom: `Intervenant${i}`, statut: (['salarie', 'volontaire', 'benevole'] as const)[i % 3],
  }))
  const doc: EchangeDocument = {
    format: 'clas-echange', version: 1,
    structure: {
      nom: 'Grande association', adresse: '1 rue du Banc', codePostal: '69001', commune: 'Lyon', departementCaf: '69', milieuRural: false,
      coordinateur: { prenom: 'Camille', nom: 'Durand', diplomeBacPlus2: true },
    },
    anneeScolaire: { libelle: '2025-2026', debut: '2025-09-01', fin: '2026-07-03', zone: 'A', intituleProjet: 'Banc d’essai' },
    lieux: [{ id: id('lieu', 0), nom: 'Centre social', adresse: '', commune: 'Lyon', typeLocal: 'associatif' }],
    etablissements: [{ id: id('etab', 0), nom: 'Collège Jean Jaurès', type: 'college', commune: 'Lyon' }],
    intervenants,
    collectifs: [], familles: [], enfants: [], seances: [],
    actionsParents: [], concertations: [], formations: [], projetsBonus: [], reponses: {},
  }
  const statuts = ['present', 'present', 'present', 'present', 'present', 'present', 'absent', 'excuse'] as const
  for (let c = 0; c < collectifs; c++) {
    const collectifId = id('collectif', c)
    const creneaux = [{ jour: 1 + (c % 2), heureDebut: '16:45', dureeMinutes: 90 }, { jour: 4, heureDebut: '16:45', dureeMinutes: 90 }]
    doc.collectifs.push({ id: collectifId, nom: `Collectif ${String(c + 1).padStart(2, '0')}`, niveau: 'primaire', lieuId: id('lieu', 0), etablissementIds: [], creneaux, intervenantIds: [intervenants[2 * c].id, intervenants[2 * c + 1].id] })
    const enfants: Enfant[] = Array.from({ length: enfantsParCollectif }, (_, k) => {
      const n = c * enfantsParCollectif + k
      doc.familles.push({ id: id('famille', n), nom: `Famille${n}` })
      return { id: id('enfant', n), prenom: `Enfant${n}`, nom: `Nom${n}`, niveau: niveaux[n % niveaux.length], familleId: id('famille', n), inscriptions: [{ collectifId, du: '2025-11-03' }] }
    })
    doc.enfants.push(...enfants)
    const plan = planSeances({ creneaux, du: '2025-11-03', au: '2026-06-15', zone: 'A', anneeLibelle: '2025-2026' })
    plan.prevues.forEach((p, s) => {
      const seance: Seance = {
        id: id(`seance-${c}`, s), collectifId, date: p.date, heureDebut: p.heureDebut, dureeMinutes: p.dureeMinutes,
        intervenantIds: s % 17 === 0 ? [intervenants[2 * c].id] : [intervenants[2 * c].id, intervenants[2 * c + 1].id],
        activites: ['aide_methodologique'],
        presences: enfants.map((e, k) => ({ enfantId: e.id, statut: statuts[(s + k) % statuts.length] })),
      }
      doc.seances.push(seance)
    })
  }
  return doc
}
