import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { valeurLibelle } from '../../../../shared/bilan/mapping/binding-choices'
import { MAX_FORM_BYTES } from '../../../../shared/bilan/templates/import-fields'
import type { Valeur } from '../../../../shared/bilan/mapping/mapping-schema'
import { ApiError } from '../../../../shared/contract/errors'
import { openWorkspaceOrStandIn } from '../open-workspace'
import { CliError, type CliIO } from '../io'

interface Flags {
  db?: string
  in?: string
  department?: string
  year?: string
  title?: string
  json?: boolean
}

/** What `bilan.modeles.importer.confirmer` answers (contract/bilan-modeles.ts). */
interface Imported {
  id: string
  departement: string | null
  anneeScolaire: string
  titre: string
  dossier: string
  resume: { blancs: number; relies: number; peuSurs: number; vides: number; aVerifier: number }
  aRevoir: { libelle: string; valeur: Valeur; note?: string }[]
}

const USAGE = 'Usage : clas templates import FORMULAIRE.docx --department NN --year AAAA-AAAA [--title "…"] [--db FICHIER]'

// The call's field names mean nothing here: a refusal says which option is wrong.
const OPTIONS: Record<string, string> = { departement: '--department', anneeScolaire: '--year', titre: '--title' }

function refusal(error: ApiError): CliError {
  const option = OPTIONS[error.field ?? ''] ?? ''
  return new CliError(`${option ? `${option} : ` : ''}${option ? error.message.replace(/^[\w.[\]]+ : /, '') : error.message}\nRien n'a été enregistré.`, option ? 2 : 1)
}

const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/**
 * `clas templates import FORM.docx --department NN --year YYYY-YYYY`: nobody reviews the
 * proposals in a terminal, so they are saved as they are (`bilan.modeles.importer.confirmer`
 * without choices); what deserves a look is listed. Works without a base too (its families'
 * quartiers, that a form's table may name, are then none).
 */
export async function templatesImportCommand(flags: Flags, io: CliIO): Promise<number> {
  if (!flags.in) throw new CliError(`Précisez le formulaire à importer.\n${USAGE}`, 2)
  if (!flags.department) throw new CliError(`Précisez le département de la CAF : --department NN (01 à 95, 2A, 2B, 971 à 976).\n${USAGE}`, 2)
  if (!flags.year) throw new CliError(`Précisez l'année scolaire du formulaire : --year AAAA-AAAA.\n${USAGE}`, 2)
  if (!existsSync(flags.in) || !statSync(flags.in).isFile()) throw new CliError(`Fichier introuvable : ${flags.in}`)
  if (statSync(flags.in).size > MAX_FORM_BYTES) throw new CliError(`Le fichier pèse plus de ${MAX_FORM_BYTES / 1024 / 1024} Mo : ce n'est pas un formulaire de bilan. Rien n'a été enregistré.`)
  const input = {
    nomFichier: basename(flags.in),
    base64: readFileSync(flags.in).toString('base64'),
    departement: flags.department,
    anneeScolaire: flags.year,
    ...(flags.title !== undefined ? { titre: flags.title } : {}),
  }
  const { workspace, dispatch } = openWorkspaceOrStandIn(flags.db)
  let imported: Imported
  try {
    imported = (await dispatch('bilan.modeles.importer.confirmer', input)) as Imported
  } catch (error) {
    if (error instanceof ApiError) throw refusal(error)
    throw error
  } finally {
    workspace.close()
  }
  const { resume: summary } = imported
  if (flags.json) {
    io.out(JSON.stringify({ id: imported.id, departement: imported.departement, anneeScolaire: imported.anneeScolaire, titre: imported.titre, dossier: imported.dossier, ...summary }, null, 2))
    return 0
  }
  io.out(`Modèle importé : ${imported.id}`)
  io.out(`${imported.titre} (CAF ${imported.departement}, ${imported.anneeScolaire}), enregistré dans ${imported.dossier}`)
  io.out(`${summary.blancs} blancs trouvés, ${summary.relies - summary.peuSurs} reliés à un chiffre ou une question, ${summary.aVerifier} à vérifier` +
    (summary.aVerifier > 0 ? ` (${summary.peuSurs} reliés sans certitude, ${summary.vides} laissés vides faute de correspondance).` : '.'))
  if (summary.aVerifier > 0) {
    io.out('\nÀ vérifier (ouvrez le formulaire rempli, ou importez-le depuis l\'écran Bilan pour revoir chaque blanc) :')
    for (const b of imported.aRevoir) {
      io.out(`  - « ${short(b.libelle)} » → ${'ignorer' in b.valeur ? `laissé vide${b.note ? ` (${b.note})` : ''}` : `${short(valeurLibelle(b.valeur), 60)} (peu sûr)`}`)
    }
  }
  io.out(`\nPour remplir ce formulaire : clas bilan --template ${imported.id} --out BILAN.docx`)
  return 0
}
