import { readFileSync } from 'node:fs'
import { echangeDocumentSchema } from '../../../../shared/exchange/schema'
import { frenchErrorMap, listProblems, problemLine } from '../../../../shared/validation/french-errors'
import { callOrFail, openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

const MAX_SHOWN = 20

/** Reads and parses a JSON file, with the position of a syntax error in French. */
export function readJsonFile(path: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new CliError(`Impossible de lire le fichier « ${path} ».`)
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new CliError(`« ${path} » n'est pas un fichier JSON valide : ${(error as Error).message}`)
  }
}

/** `clas import --in FILE`: the whole document is checked before anything is written. */
export function importCommand(flags: { db?: string; in?: string }, io: CliIO): number {
  if (!flags.in) throw new CliError('Indiquez le document à importer : clas import --in FICHIER.json', 2)
  const raw = readJsonFile(flags.in)
  const parsed = echangeDocumentSchema.safeParse(raw, { error: frenchErrorMap })
  if (!parsed.success) {
    const problems = listProblems(parsed.error)
    const lines = problems.slice(0, MAX_SHOWN).map((p) => `  ${problemLine(p)}`)
    if (problems.length > MAX_SHOWN) lines.push(`  … et ${problems.length - MAX_SHOWN} autre(s) problème(s)`)
    throw new CliError(`Document refusé, rien n'a été importé :\n${lines.join('\n')}`)
  }
  const { workspace, dispatch } = openWorkspace(flags.db, { create: true })
  try {
    const result = callOrFail<{ annee: string; nombres: Record<string, number> }>(dispatch, 'echange.import', { document: parsed.data })
    const n = result.nombres
    io.err(`Importé (${result.annee}) : ${n.collectifs} collectifs, ${n.enfants} enfants, ${n.seances} séances, ${n.presences} présences.`)
    return 0
  } finally {
    workspace.close()
  }
}
