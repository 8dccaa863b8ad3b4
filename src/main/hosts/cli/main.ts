import { parseArgs } from 'node:util'
import { CliError, processIO, type CliIO } from './io'
import { BUSY_MESSAGE, isBusyError } from '../../store/busy'

const USAGE = `Usage : clas <commande> [options]

Commandes :
  demo     Crée l'association de démonstration (2025-2026) dans une base vide, vue au jour d'aujourd'hui :
           [--today AAAA-MM-JJ] (aussi CLAS_TODAY) ; les séances d'après ce jour restent à venir
  import   Importe un document d'échange : --in FICHIER.json
  export   Exporte l'année en cours : [--out FICHIER.json] (sinon sur la sortie standard) [--year AAAA-AAAA]
  children import  Importe une liste d'enfants et de familles : --in LISTE.xlsx|LISTE.csv [--dry-run]
           (montre les colonnes reconnues, les lignes en erreur et les doublons, puis importe les
           lignes valides ; --dry-run : montre seulement, n'écrit rien)
  serve    Sert l'application au navigateur : [--port N] [--open] (127.0.0.1 uniquement)
           [--today AAAA-MM-JJ] : fixe la date du jour (essais, démonstrations ; aussi CLAS_TODAY)
           [--lan] : aussi aux autres appareils du réseau local, avec identification obligatoire
           (demande un compte de coordination ; échanges non chiffrés : réseau de confiance seulement)
  compliance  Conformité au référentiel : [--date AAAA-MM-JJ] [--year AAAA-AAAA] [--json] (défaut : aujourd'hui)
  backup   Sauvegarde la base, vérifiée : [--out FICHIER] (sinon dans le dossier des sauvegardes) ;
           chiffrée si une phrase de passe est réglée
  restore  Restaure une sauvegarde : --from FICHIER (la base actuelle est sauvegardée d'abord ;
           phrase de passe d'une sauvegarde chiffrée : CLAS_BACKUP_PASSPHRASE, sinon demandée)
  figures  Chiffres du bilan de l'année en cours : [--date AAAA-MM-JJ] [--year AAAA-AAAA] [--json]
           (séances tenues jusqu'à la date ; défaut : aujourd'hui, ou le dernier jour d'une année finie)
  bilan    Remplit le formulaire de la CAF : --template ID|FORMULAIRE.docx --out BILAN.docx [--pdf BILAN.pdf] [--json]
           [--date AAAA-MM-JJ] [--year AAAA-AAAA] (chiffres à cette date, comme « figures »)
  templates  Liste les modèles de bilan : [--json]
  templates import  Importe le formulaire de bilan d'une CAF : FORMULAIRE.docx --department NN --year AAAA-AAAA
           [--title "…"] [--json] (les blancs du document sont reliés aux chiffres et aux questions
           proposés, sans relecture : ceux à vérifier sont listés)
  register Registre de présence d'un collectif : --collectif NOM --from DATE --to DATE --out FICHIER.xlsx|FICHIER.pdf
           (.xlsx : le registre en tableau ; .pdf : les feuilles d'émargement à signer, une page par séance ;
           dates AAAA-MM-JJ ou JJ/MM/AAAA)
  register summary  Assiduité de l'année par enfant : --out FICHIER.xlsx [--date AAAA-MM-JJ] (défaut : aujourd'hui)
  year start  Démarre l'année scolaire suivante : AAAA-AAAA (collectifs et créneaux reconduits, séances
           planifiées hors vacances de la zone, chaque enfant au niveau suivant dans son collectif ;
           ceux qui finissent la terminale partent ; l'année démarrée devient l'année en cours)
  year close  Clôture l'année : --out DOSSIER [--template ID] [--no-pdf] (le dossier pour la CAF et son .zip :
           bilan rempli, registres, émargements, assiduité, conformité, aide à la saisie, compte rendu
           financier, document d'échange ; ce qui manque encore est listé ; l'année passe en lecture seule)
  account reset  Nouveau mot de passe pour un compte oublié : --name "NOM AFFICHÉ" (mot de passe tapé deux fois,
           ou CLAS_NOUVEAU_MOT_DE_PASSE ; le compte est réactivé et débloqué)

Options communes :
  --db FICHIER   La base à utiliser (sinon CLAS_DB, sinon la base de l'application)
  --year AAAA-AAAA  Une autre année scolaire de la même base (défaut : l'année en cours)
  --help         Cette aide`

type Flags = Record<string, string | boolean | undefined>
type Command = (flags: Flags, io: CliIO) => number | Promise<number>

/**
 * `positional`: the option a lone argument fills (`templates import FORM.docx` = `--in FORM.docx`).
 * `load`: each command's module is imported only when it is called, so that `clas --help` or
 * `clas figures` do not load the services and libraries of the others.
 */
const COMMANDS: Record<string, { load: () => Promise<Command>; options: string[]; switches?: string[]; positional?: string }> = {
  demo: { load: async () => (await import('./commands/demo')).demoCommand as Command, options: ['today'] },
  import: { load: async () => (await import('./commands/import')).importCommand, options: ['in'] },
  export: { load: async () => (await import('./commands/export')).exportCommand as Command, options: ['out', 'year'] },
  'children import': { load: async () => (await import('./commands/children-import')).childrenImportCommand as Command, options: ['in'], switches: ['dry-run'] },
  serve: { load: async () => (await import('./commands/serve')).serveCommand as Command, options: ['port', 'today'], switches: ['open', 'lan'] },
  compliance: { load: async () => (await import('./commands/compliance')).complianceCommand as Command, options: ['date', 'year'], switches: ['json'] },
  backup: { load: async () => (await import('./commands/backup')).backupCommand as Command, options: ['out'] },
  restore: { load: async () => (await import('./commands/restore')).restoreCommand as Command, options: ['from'] },
  figures: { load: async () => (await import('./commands/figures')).figuresCommand as Command, options: ['date', 'year'], switches: ['json'] },
  bilan: { load: async () => (await import('./commands/bilan')).bilanCommand as Command, options: ['template', 'out', 'pdf', 'date', 'year'], switches: ['json'] },
  templates: { load: async () => (await import('./commands/templates')).templatesCommand as Command, options: [], switches: ['json'] },
  'templates import': {
    load: async () => (await import('./commands/templates-import')).templatesImportCommand as Command,
    options: ['in', 'department', 'year', 'title'],
    switches: ['json'],
    positional: 'in',
  },
  register: { load: async () => (await import('./commands/register')).registerCommand as Command, options: ['collectif', 'from', 'to', 'out'] },
  'register summary': { load: async () => (await import('./commands/register')).registerSummaryCommand as Command, options: ['out', 'date'] },
  'year start': { load: async () => (await import('./commands/year-start')).yearStartCommand as Command, options: ['year'], positional: 'year' },
  'year close': { load: async () => (await import('./commands/year-close')).yearCloseCommand as Command, options: ['out', 'template'], switches: ['no-pdf'] },
  'account reset': { load: async () => (await import('./commands/account-reset')).accountResetCommand as Command, options: ['name'] },
}

/** node:util's parseArgs speaks English: say the same in French, naming the option. */
function frenchParseError(error: NodeJS.ErrnoException): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? ''
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Option inconnue : ${quoted}`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `L'option ${quoted.split(' ')[0]} attend une valeur : ${quoted.split(' ')[0]} VALEUR`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Argument inattendu : ${quoted}`
    default:
      return 'Ligne de commande invalide.'
  }
}

/** Runs one command line; returns the process exit code. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  // Two-word commands (`children import`) come first, then one-word ones.
  const twoWords = argv.length >= 2 ? `${argv[0]} ${argv[1]}` : ''
  const [name, ...rest] = Object.hasOwn(COMMANDS, twoWords) ? [twoWords, ...argv.slice(2)] : argv
  if (!name || name === '--help' || name === 'help') {
    io.out(USAGE)
    return name ? 0 : 2
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    io.err(`Commande inconnue : « ${name} ».\n\n${USAGE}`)
    return 2
  }
  let flags: Flags
  try {
    const options = Object.fromEntries([
      ...['db', ...command.options].map((o) => [o, { type: 'string' as const }]),
      ...(command.switches ?? []).map((o) => [o, { type: 'boolean' as const }]),
    ])
    const parsed = parseArgs({ args: rest, options, strict: true, allowPositionals: command.positional !== undefined })
    flags = parsed.values as Flags
    if (command.positional && parsed.positionals.length > 0) {
      if (parsed.positionals.length > 1 || flags[command.positional] !== undefined) throw Object.assign(new Error(`'${parsed.positionals.at(-1)}'`), { code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' })
      flags[command.positional] = parsed.positionals[0]
    }
  } catch (error) {
    io.err(`${frenchParseError(error as NodeJS.ErrnoException)}\n\n${USAGE}`)
    return 2
  }
  try {
    const run = await command.load()
    return await run(flags, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message)
      return error.exitCode
    }
    // A command writing straight to the base (demo) meets the lock without the dispatcher.
    if (isBusyError(error)) {
      io.err(BUSY_MESSAGE)
      return 1
    }
    throw error
  }
}
