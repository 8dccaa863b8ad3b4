import type { TestWorkspace } from './workspace'

export const STRUCTURE = {
  nom: 'Association Les Ponts', adresse: '12 rue des Écoles', codePostal: '01000', commune: 'Bourg-en-Bresse',
  departementCaf: '01', milieuRural: false,
  coordinateur: { prenom: 'Nadia', nom: 'Benali', email: 'coordination@lesponts.example', diplomeBacPlus2: true },
}
export const ANNEE = { libelle: '2025-2026', debut: '2025-09-01', fin: '2026-07-03', zone: 'A', intituleProjet: 'Réussir ensemble' }

/** Sets up an association with one collectif (mardi + jeudi 16:45), two intervenants and `n` children. */
export function seedAssociation(t: TestWorkspace, n = 8) {
  t.call('setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE })
  const lieu = t.call('lieux.save', { nom: 'Local du Vieux Moulin', adresse: '3 place du Moulin', commune: 'Bourg-en-Bresse', typeLocal: 'associatif' })
  const ecole = t.call('etablissements.save', { nom: 'École Jean Moulin', type: 'ecole', commune: 'Bourg-en-Bresse' })
  const a = t.call('intervenants.save', { prenom: 'Claire', nom: 'Martin', statut: 'salarie' })
  const b = t.call('intervenants.save', { prenom: 'Karim', nom: 'Haddad', statut: 'benevole' })
  const collectif = t.call('collectifs.save', {
    nom: 'CM1-CM2 mardi-jeudi', niveau: 'primaire', lieuId: lieu.id, etablissementIds: [ecole.id],
    creneaux: [{ jour: 2, heureDebut: '16:45', dureeMinutes: 90 }, { jour: 4, heureDebut: '16:45', dureeMinutes: 90 }],
    intervenantIds: [a.id, b.id],
  })
  const enfants = Array.from({ length: n }, (_, i) =>
    t.call('enfants.save', {
      prenom: `Prénom${i + 1}`, nom: `Nom${String.fromCharCode(65 + i)}`, niveau: i % 2 ? 'CM2' : 'CM1', etablissementId: ecole.id,
      inscriptions: [{ collectifId: collectif.id, du: '2025-11-03' }],
    }),
  )
  return { lieu, ecole, intervenants: [a, b], collectif, enfants }
}

/**
 * Row counts of every table: "nothing written" means these do not move. The journal is left out:
 * it grows with every write, even one undone (src/main/access/journal.test.ts checks it).
 */
export function tableCounts(t: TestWorkspace): Record<string, number> {
  const { sqlite } = t.workspace.context()
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'journal'").all() as { name: string }[]
  return Object.fromEntries(tables.map(({ name }) => [name, (sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]))
}
