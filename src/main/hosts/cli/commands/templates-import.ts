import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { valeurLibelle } from '../../../../shared/bilan/mapping/binding-choices'
import { MAX_FORM_BYTES } from '../../../../shared/bilan/templates/import-fields'
import { DocxError } from '../../../bilan/docx/docx-file'
import { isUnsure, proposalOf } from '../../../bilan/templates/analyse-form'
import { importTemplate, TemplateImportError } from '../../../bilan/templates/import-template'
import { findBuiltinTemplatesFolder, importedTemplatesFolder } from '../../../bilan/templates/templates-folder'
import { TemplateError } from '../../../bilan/templates/template-store'
import { analyseForm } from '../../../bilan/templates/analyse-form'
import { resolveDbPath } from '../../../store/data-paths'
import { holdsNoDatabase } from '../../../store/database-file'
import { readQuartiers } from '../../../store/repos/association'
import { openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

interface Flags {
  db?: string
  in?: string
  department?: string
  year?: string
  title?: string
  json?: boolean
}

const USAGE = 'Usage : clas templates import FORMULAIRE.docx --department NN --year AAAA-AAAA [--title "…"] [--db FICHIER]'

function localToday(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** The families' quartiers of the base, that a form's table may name; none without a base. */
function quartiersOf(dbFlag: string | undefined): string[] {
  if (holdsNoDatabase(resolveDbPath(dbFlag))) return []
  const { workspace } = openWorkspace(dbFlag)
  try {
    return readQuartiers(workspace.context().db)
  } finally {
    workspace.close()
  }
}

const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/**
 * `clas templates import FORM.docx --department NN --year YYYY-YYYY`: nobody reviews the
 * proposals in a terminal, so they are saved as they are; what deserves a look is listed.
 */
export function templatesImportCommand(flags: Flags, io: CliIO): number {
  if (!flags.in) throw new CliError(`Précisez le formulaire à importer.\n${USAGE}`, 2)
  if (!flags.department) throw new CliError(`Précisez le département de la CAF : --department NN (01 à 95, 2A, 2B, 971 à 976).\n${USAGE}`, 2)
  if (!flags.year) throw new CliError(`Précisez l'année scolaire du formulaire : --year AAAA-AAAA.\n${USAGE}`, 2)
  if (!existsSync(flags.in) || !statSync(flags.in).isFile()) throw new CliError(`Fichier introuvable : ${flags.in}`)
  if (statSync(flags.in).size > MAX_FORM_BYTES) throw new CliError(`Le fichier pèse plus de ${MAX_FORM_BYTES / 1024 / 1024} Mo : ce n'est pas un formulaire de bilan. Rien n'a été enregistré.`)
  const folders = { builtin: findBuiltinTemplatesFolder(), imported: importedTemplatesFolder(resolveDbPath(flags.db)) }
  const bytes = readFileSync(flags.in)
  const request = { bytes, nomFichier: basename(flags.in), departement: flags.department, anneeScolaire: flags.year, titre: flags.title }
  let result: ReturnType<typeof importTemplate>
  try {
    const quartiers = quartiersOf(flags.db)
    result = importTemplate(request, {}, folders, localToday(), (b) => analyseForm(b, quartiers))
  } catch (error) {
    if (error instanceof TemplateImportError) {
      // The API's field names mean nothing here: say which option is wrong.
      const option = { departement: '--department', anneeScolaire: '--year', titre: '--title' }[error.field ?? ''] ?? ''
      throw new CliError(`${option ? `${option} : ` : ''}${error.message.replace(/^[\w.[\]]+ : /, '')}\nRien n'a été enregistré.`, option ? 2 : 1)
    }
    if (error instanceof DocxError || error instanceof TemplateError) throw new CliError(`${error.message}\nRien n'a été enregistré.`)
    throw error
  }
  const { template, summary } = result
  if (flags.json) {
    io.out(JSON.stringify({ id: template.info.id, departement: template.info.departement, anneeScolaire: template.info.anneeScolaire, titre: template.info.titre, dossier: template.folder, ...summary }, null, 2))
    return 0
  }
  io.out(`Modèle importé : ${template.info.id}`)
  io.out(`${template.info.titre} (CAF ${template.info.departement}, ${template.info.anneeScolaire}), enregistré dans ${template.folder}`)
  io.out(`${summary.blancs} blancs trouvés, ${summary.relies - summary.peuSurs} reliés à un chiffre ou une question, ${summary.aVerifier} à vérifier` +
    (summary.aVerifier > 0 ? ` (${summary.peuSurs} reliés sans certitude, ${summary.vides} laissés vides faute de correspondance).` : '.'))
  if (summary.aVerifier > 0) {
    const { analysis } = result
    const bound = new Map(result.mapping.blanks.map((b) => [b.blank, b.valeur]))
    io.out('\nÀ vérifier (ouvrez le formulaire rempli, ou importez-le depuis l\'écran Bilan pour revoir chaque blanc) :')
    for (const b of analysis.blanks) {
      const valeur = bound.get(b.key)
      const proposal = proposalOf(analysis, b.key)
      if (!valeur || !proposal || !isUnsure(proposal)) continue
      io.out(`  - « ${short(b.label)} » → ${'ignorer' in valeur ? `laissé vide${proposal.note ? ` (${proposal.note})` : ''}` : `${short(valeurLibelle(valeur), 60)} (peu sûr)`}`)
    }
  }
  io.out(`\nPour remplir ce formulaire : clas bilan --template ${template.info.id} --out BILAN.docx`)
  return 0
}
