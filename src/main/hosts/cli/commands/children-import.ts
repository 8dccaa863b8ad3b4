import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { ApercuImport, ResultatImport } from '../../../../shared/contract/import-liste'
import { CHAMP_IMPORT_LABELS, CHAMPS_IMPORT } from '../../../../shared/list-import/fields'
import { callOrFailLater, openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

function readInput(path: string | undefined): Buffer {
  if (!path) throw new CliError('Indiquez la liste à importer : clas children import --in FICHIER.xlsx (ou .csv)', 2)
  try {
    return readFileSync(path)
  } catch {
    throw new CliError(`Fichier introuvable ou illisible : ${path}. Rien n'a été importé.`)
  }
}

function printApercu(a: ApercuImport, io: CliIO): void {
  const where = a.fichier.feuille !== undefined ? `, feuille « ${a.fichier.feuille} »` : a.fichier.encodage ? ` (${a.fichier.encodage}, séparateur « ${a.fichier.separateur === '\t' ? 'tabulation' : a.fichier.separateur} »)` : ''
  io.out(`Fichier ${a.fichier.nom}${where} ; en-têtes lus ligne ${a.ligneEntete}${a.enteteSure ? '' : ' (incertain)'}.`)
  io.out('\nColonnes utilisées :')
  for (const champ of CHAMPS_IMPORT) {
    const i = a.colonnes[champ]
    if (i === undefined) continue
    const e = a.entetes[i]
    io.out(`  ${CHAMP_IMPORT_LABELS[champ].padEnd(56)} ← colonne ${e.lettre}${e.libelle ? ` « ${e.libelle} »` : ''}`)
  }
  const ignored = a.entetes.filter((e) => e.libelle && !Object.values(a.colonnes).includes(e.index))
  if (ignored.length) io.out(`  Non importées : ${ignored.map((e) => `${e.lettre} « ${e.libelle} »`).join(', ')}`)
  if (a.champsManquants.length) io.out(`  Manquantes : ${a.champsManquants.map((c) => CHAMP_IMPORT_LABELS[c]).join(', ')}`)
  const section = (title: string, lines: string[]) => {
    if (lines.length === 0) return
    io.out(`\n${title} :`)
    for (const l of lines) io.out(`  ${l}`)
  }
  section(`Lignes en erreur, non importées (${a.resume.erreurs})`, a.lignes.filter((l) => l.statut === 'erreur').flatMap((l) => l.raisons))
  section(`Enfants déjà connus, non créés (${a.resume.doublons})`, a.lignes.filter((l) => l.statut === 'doublon').flatMap((l) => l.raisons))
  section('À vérifier (importé quand même)', a.lignes.filter((l) => l.statut === 'ok').flatMap((l) => l.avertissements))
  section('Enfants à créer', a.lignes.filter((l) => l.statut === 'ok').map((l) => `Ligne ${l.numero} : ${l.enfant.prenom} ${l.enfant.nom}`))
}

/**
 * `clas children import --in FICHIER [--dry-run]`. A terminal has no screen to confirm on: the
 * command shows the preview, then imports the valid rows at once (the rows in error and the
 * children already known are left out), unless --dry-run asks for the preview only.
 */
export async function childrenImportCommand(flags: { db?: string; in?: string; 'dry-run'?: boolean }, io: CliIO): Promise<number> {
  const bytes = readInput(flags.in)
  const input = { nomFichier: basename(flags.in ?? ''), base64: bytes.toString('base64') }
  const { workspace, dispatch } = openWorkspace(flags.db)
  try {
    const apercu = await callOrFailLater<ApercuImport>(dispatch, 'enfants.importerListe.apercu', input)
    printApercu(apercu, io)
    const r = apercu.resume
    if (flags['dry-run']) {
      io.out(`\nSimulation (--dry-run) : rien n'a été écrit. L'import créerait ${plural(r.ok, 'enfant', 'enfants')}, ${plural(r.famillesACreer, 'famille', 'familles')} et ${plural(r.etablissementsACreer, 'établissement', 'établissements')}.`)
      return 0
    }
    const done = await callOrFailLater<ResultatImport>(dispatch, 'enfants.importerListe.confirmer', input)
    io.out(`\nImporté : ${plural(done.enfantsCrees, 'enfant créé', 'enfants créés')}, ${plural(done.famillesCreees, 'famille créée', 'familles créées')}, ${plural(done.etablissementsCrees, 'établissement créé', 'établissements créés')} ; ${plural(done.erreursIgnorees, 'ligne en erreur laissée', 'lignes en erreur laissées')} de côté, ${plural(done.doublonsIgnores, 'doublon ignoré', 'doublons ignorés')}.`)
    return 0
  } finally {
    workspace.close()
  }
}
