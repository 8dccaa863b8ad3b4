import { parseArgs } from 'node:util'
import { complianceCommand } from './commands/compliance'
import { demoCommand } from './commands/demo'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { serveCommand } from './commands/serve'
import { CliError, processIO, type CliIO } from './io'

const USAGE = `Usage : clas <commande> [options]

Commandes :
  demo     Crée l'association de démonstration (2025-2026) dans une base vide
  import   Importe un document d'échange : --in FICHIER.json
  export   Exporte l'année en cours : [--out FICHIER.json] (sinon sur la sortie standard)
  serve    Sert l'application au navigateur : [--port N] [--open] (127.0.0.1 uniquement)
  compliance  Conformité au référentiel : [--date AAAA-MM-JJ] [--json] (défaut : aujourd'hui)

Options communes :
  --db FICHIER   La base à utiliser (sinon CLAS_DB, sinon la base de l'application)
  --help         Cette aide`

type Flags = Record<string, string | boolean | undefined>
type Command = (flags: Flags, io: CliIO) => number | Promise<number>

const COMMANDS: Record<string, { run: Command; options: string[]; switches?: string[] }> = {
  demo: { run: demoCommand, options: [] },
  import: { run: importCommand, options: ['in'] },
  export: { run: exportCommand, options: ['out'] },
  serve: { run: serveCommand as Command, options: ['port'], switches: ['open'] },
  compliance: { run: complianceCommand as Command, options: ['date'], switches: ['json'] },
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
    flags = parseArgs({ args: rest, options, strict: true, allowPositionals: false }).values as Flags
  } catch (error) {
    io.err(`${frenchParseError(error as NodeJS.ErrnoException)}\n\n${USAGE}`)
    return 2
  }
  try {
    return await command.run(flags, io)
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message)
      return error.exitCode
    }
    throw error
  }
}
