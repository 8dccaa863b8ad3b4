import { existsSync, readFileSync, rmSync } from 'node:fs'
import { echangeDocumentSchema } from '../../../../shared/exchange/schema'
import { frenchErrorMap, listProblems, problemLine } from '../../../../shared/validation/french-errors'
import { ApiError } from '../../../../shared/contract/errors'
import { databasePath, openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

const MAX_SHOWN = 20

/**
 * The text of a JSON file. UTF-8 is the rule; Windows' Notepad saves « Unicode » (UTF-16 with a
 * byte-order mark), which is read as well. UTF-16 without its mark would show as text with a NUL
 * between letters: said in words rather than printed.
 */
function jsonText(path: string, bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new CliError(`« ${path} » n'est pas un fichier texte JSON (il contient des octets nuls : fichier binaire, ou texte UTF-16 sans marque d'ordre des octets). Enregistrez-le en UTF-8 et réessayez ; rien n'a été importé.`)
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '')
}

/** Line and column of a JSON.parse error, from its message (never the text itself: it may name children). */
function wherePosition(text: string, error: Error): string {
  const m = /position (\d+)/.exec(error.message)
  if (!m) return /end of JSON|Unexpected end/i.test(error.message) ? ' (le fichier se termine trop tôt)' : ''
  const before = text.slice(0, Number(m[1])).split('\n')
  return ` (erreur ligne ${before.length}, colonne ${before[before.length - 1].length + 1})`
}

/** Reads and parses a JSON file, with the position of a syntax error in French. */
export function readJsonFile(path: string): unknown {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    throw new CliError(`Impossible de lire le fichier « ${path} ».`)
  }
  if (bytes.length === 0) throw new CliError(`« ${path} » est vide : rien n'a été importé.`)
  const text = jsonText(path, bytes)
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new CliError(`« ${path} » n'est pas un fichier JSON valide${wherePosition(text, error as Error)} : rien n'a été importé.`)
  }
}

/** Every problem of a refused document, not only the first the dispatcher names (read again only then). */
function refusal(raw: unknown): CliError {
  const parsed = echangeDocumentSchema.safeParse(raw, { error: frenchErrorMap })
  const problems = parsed.success ? [] : listProblems(parsed.error)
  const lines = problems.slice(0, MAX_SHOWN).map((p) => `  ${problemLine(p)}`)
  if (problems.length > MAX_SHOWN) lines.push(`  … et ${problems.length - MAX_SHOWN} autre(s) problème(s)`)
  return new CliError(`Document refusé, rien n'a été importé :\n${lines.join('\n')}`)
}

/** `clas import --in FILE`: the whole document is checked before anything is written. */
export function importCommand(flags: { db?: string; in?: string }, io: CliIO): number {
  if (!flags.in) throw new CliError('Indiquez le document à importer : clas import --in FICHIER.json', 2)
  const raw = readJsonFile(flags.in)
  // A base this command creates is removed again when the document is refused: a refused
  // import leaves nothing behind, as when the document was checked before opening the base.
  const created = !existsSync(databasePath(flags.db))
  const { workspace, dispatch, path } = openWorkspace(flags.db, { create: true })
  let refused = false
  try {
    let result: { annee: string; nombres: Record<string, number> }
    try {
      // Validated once, by the dispatcher, as every call is; nothing is written on a refusal.
      result = dispatch('echange.import', { document: raw }) as typeof result
    } catch (error) {
      refused = true
      if (error instanceof ApiError && error.code === 'validation') throw refusal(raw)
      if (error instanceof ApiError) throw new CliError(error.message)
      throw error
    }
    const n = result.nombres
    io.err(`Importé (${result.annee}) : ${n.collectifs} collectifs, ${n.enfants} enfants, ${n.seances} séances, ${n.presences} présences.`)
    return 0
  } finally {
    workspace.close()
    if (refused && created) for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true })
  }
}
