import { upsertRow } from './prepared-rows'
import { asc, desc, eq, isNotNull } from 'drizzle-orm'
import type { AnneeScolaire, Etablissement, Famille, Intervenant, Lieu, Structure } from '../../../shared/exchange/schema'
import type { Db } from '../open-database'
import { anneesScolaires, etablissements, familles, intervenants, lieux, structure } from '../schema'
import { compact } from './compact'
import { preparedQuery } from './prepared-queries'
import { sortFr } from '../../../shared/domain/french-order'

export function readStructure(db: Db): Structure | null {
  const row = db.select().from(structure).where(eq(structure.id, 1)).get()
  if (!row) return null
  const { id: _id, coordPrenom, coordNom, coordEmail, coordTelephone, coordDiplomeBacPlus2, ...rest } = row
  return {
    ...compact(rest),
    coordinateur: compact({ prenom: coordPrenom, nom: coordNom, email: coordEmail, telephone: coordTelephone, diplomeBacPlus2: coordDiplomeBacPlus2 }),
  } as Structure
}

export function writeStructure(db: Db, s: Structure): void {
  const values = {
    id: 1,
    nom: s.nom, adresse: s.adresse, codePostal: s.codePostal, commune: s.commune,
    departementCaf: s.departementCaf, milieuRural: s.milieuRural,
    telephone: s.telephone ?? null, email: s.email ?? null,
    coordPrenom: s.coordinateur.prenom, coordNom: s.coordinateur.nom,
    coordEmail: s.coordinateur.email ?? null, coordTelephone: s.coordinateur.telephone ?? null,
    coordDiplomeBacPlus2: s.coordinateur.diplomeBacPlus2 ?? null,
  }
  db.insert(structure).values(values).onConflictDoUpdate({ target: structure.id, set: values }).run()
}

export interface AnneeRow extends AnneeScolaire {
  id: string
}

/** The school year the app works on. */
export function readCurrentAnnee(db: Db): AnneeRow | null {
  // Read by every call: prepared once per connection.
  const row = preparedQuery(db, 'readCurrentAnnee', (d) => d.select().from(anneesScolaires).orderBy(desc(anneesScolaires.courante), desc(anneesScolaires.debut)).limit(1).prepare()).get()
  if (!row) return null
  const { courante: _c, ...rest } = row
  return compact(rest) as AnneeRow
}

/** Another school year of the same database, by its libellé ('2024-2025'). */
export function readAnneeByLibelle(db: Db, libelle: string): AnneeRow | null {
  const row = db.select().from(anneesScolaires).where(eq(anneesScolaires.libelle, libelle)).get()
  if (!row) return null
  const { courante: _c, ...rest } = row
  return compact(rest) as AnneeRow
}

/** The libellés of every school year the database holds, oldest first. */
export function readAnneeLibelles(db: Db): string[] {
  return db.select({ libelle: anneesScolaires.libelle }).from(anneesScolaires).orderBy(asc(anneesScolaires.debut)).all().map((r) => r.libelle)
}

/** Creates or updates a school year, matched by its libellé; returns its id. */
export function writeAnnee(db: Db, a: AnneeScolaire, newId: () => string): string {
  const existing = db.select({ id: anneesScolaires.id }).from(anneesScolaires).where(eq(anneesScolaires.libelle, a.libelle)).get()
  const values = { libelle: a.libelle, debut: a.debut, fin: a.fin, zone: a.zone, intituleProjet: a.intituleProjet, numeroAction: a.numeroAction ?? null }
  if (existing) {
    db.update(anneesScolaires).set(values).where(eq(anneesScolaires.id, existing.id)).run()
    return existing.id
  }
  const id = newId()
  db.insert(anneesScolaires).values({ id, ...values }).run()
  return id
}

/** The most recent year becomes the one the app works on. */
export function markLatestAnneeCurrent(db: Db): void {
  const latest = db.select({ id: anneesScolaires.id }).from(anneesScolaires).orderBy(desc(anneesScolaires.debut)).limit(1).get()
  if (!latest) return
  db.update(anneesScolaires).set({ courante: false }).run()
  db.update(anneesScolaires).set({ courante: true }).where(eq(anneesScolaires.id, latest.id)).run()
}

export function readLieux(db: Db): Lieu[] {
  return sortFr(db.select().from(lieux).orderBy(asc(lieux.id)).all(), (r) => r.nom).map((r) => compact(r) as Lieu)
}
export function writeLieu(db: Db, l: Lieu): void {
  const values = { id: l.id, nom: l.nom, adresse: l.adresse, commune: l.commune, typeLocal: l.typeLocal, quartierPrioritaire: l.quartierPrioritaire ?? null }
  upsertRow(db, lieux, values)
}

export function readEtablissements(db: Db): Etablissement[] {
  return sortFr(db.select().from(etablissements).orderBy(asc(etablissements.id)).all(), (r) => r.nom).map((r) => compact(r) as Etablissement)
}
export function writeEtablissement(db: Db, e: Etablissement): void {
  const values = { id: e.id, nom: e.nom, type: e.type, commune: e.commune, adresse: e.adresse ?? null, email: e.email ?? null, rep: e.rep ?? null }
  upsertRow(db, etablissements, values)
}

export function readIntervenants(db: Db): Intervenant[] {
  return sortFr(db.select().from(intervenants).orderBy(asc(intervenants.id)).all(), (r) => r.nom, (r) => r.prenom).map((r) => compact(r) as Intervenant)
}
export function writeIntervenant(db: Db, i: Intervenant): void {
  const values = { id: i.id, prenom: i.prenom, nom: i.nom, statut: i.statut, heuresHorsSeances: i.heuresHorsSeances ?? null }
  upsertRow(db, intervenants, values)
}

export function readFamilles(db: Db): Famille[] {
  return sortFr(db.select().from(familles).orderBy(asc(familles.id)).all(), (r) => r.nom).map((r) => compact(r) as Famille)
}
/** The quartiers the families live in, each spelling once, in French order (forms' tables name them). */
export function readQuartiers(db: Db): string[] {
  const rows = db.selectDistinct({ quartier: familles.quartier }).from(familles).where(isNotNull(familles.quartier)).all()
  return sortFr(rows.map((r) => r.quartier!), (q) => q)
}

export function writeFamille(db: Db, f: Famille): void {
  const values = {
    id: f.id, nom: f.nom, telephone: f.telephone ?? null, email: f.email ?? null,
    quartierPrioritaire: f.quartierPrioritaire ?? null, quartier: f.quartier ?? null, langueParlee: f.langueParlee ?? null, besoinInterprete: f.besoinInterprete ?? null,
  }
  upsertRow(db, familles, values)
}
