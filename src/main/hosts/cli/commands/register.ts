import { writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import { ApiError } from '../../../../shared/contract/errors'
import type { Fichier } from '../../../../shared/contract/registres'
import { isIsoDate } from '../../../../shared/calendar/dates'
import { compareFr, sortFr } from '../../../../shared/domain/french-order'
import type { Dispatch } from '../../../api/dispatch'
import { frenchOrIsoDate, openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

/** « 15/06/2026 » or « 2026-06-15 » → « 2026-06-15 »; anything else is refused naming the option. */
export function parseDateOption(option: string, value: string | undefined): string {
  if (value === undefined) throw new CliError(`L'option --${option} est obligatoire : --${option} AAAA-MM-JJ (ou JJ/MM/AAAA)`, 2)
  const iso = frenchOrIsoDate(value)
  if (!isIsoDate(iso)) throw new CliError(`--${option} : « ${value} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)`)
  return iso
}

/** The collectif called `name`, case and accents aside; an unknown name lists the known ones. */
function findCollectif(dispatch: Dispatch, name: string): { id: string; nom: string } {
  const all = dispatch('collectifs.list', {}) as { id: string; nom: string }[]
  const same = all.filter((c) => compareFr(c.nom.trim(), name.trim()) === 0)
  if (same.length === 1) return same[0]
  const known = sortFr([...all], (c) => c.nom).map((c) => `  ${c.nom}`).join('\n')
  if (same.length > 1) throw new CliError(`Plusieurs collectifs s'appellent « ${name} » : renommez l'un d'eux.`)
  throw new CliError(all.length ? `Aucun collectif ne s'appelle « ${name} ». Collectifs de l'année :\n${known}` : "L'année en cours n'a encore aucun collectif.")
}

/** Runs a call that may answer later; a refused call becomes the French message the user reads. */
async function fileOf(dispatch: Dispatch, name: string, input: unknown): Promise<Fichier> {
  try {
    return (await dispatch(name, input)) as Fichier
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(error.message)
    throw error
  }
}

function write(out: string, file: Fichier): void {
  try {
    writeFileSync(out, Buffer.from(file.base64, 'base64'))
  } catch (error) {
    throw new CliError(`Impossible d'écrire « ${out} » : ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
}

function requireOut(out: string | undefined, extensions: string[]): string {
  const example = extensions.map((e) => `FICHIER${e}`).join(' ou ')
  if (!out) throw new CliError(`L'option --out est obligatoire : --out ${example}`, 2)
  if (!extensions.includes(extname(out).toLowerCase())) throw new CliError(`--out : le fichier doit finir par ${extensions.join(' ou ')} (${example}), qui décide du format`)
  return out
}

/** `clas register --collectif NOM --from D --to D --out F.xlsx|F.pdf`: the register, or the feuilles d'émargement. */
export async function registerCommand(flags: { db?: string; collectif?: string; from?: string; to?: string; out?: string }, io: CliIO): Promise<number> {
  if (!flags.collectif) throw new CliError('L\'option --collectif est obligatoire : --collectif "NOM DU COLLECTIF"', 2)
  const du = parseDateOption('from', flags.from)
  const au = parseDateOption('to', flags.to)
  const out = requireOut(flags.out, ['.xlsx', '.pdf'])
  const { workspace, dispatch } = openWorkspace(flags.db)
  try {
    const collectif = findCollectif(dispatch, flags.collectif)
    const format = extname(out).toLowerCase() === '.pdf' ? 'pdf' : 'xlsx'
    write(out, await fileOf(dispatch, 'registres.exporter', { collectifId: collectif.id, du, au, format }))
    io.err(`${format === 'pdf' ? "Feuilles d'émargement" : 'Registre de présence'} de « ${collectif.nom} » écrit dans ${out}.`)
    return 0
  } finally {
    workspace.close()
  }
}

/** `clas register summary --out F.xlsx [--date D]`: the year's attendance per child. */
export async function registerSummaryCommand(flags: { db?: string; date?: string; out?: string }, io: CliIO): Promise<number> {
  const out = requireOut(flags.out, ['.xlsx'])
  const au = flags.date === undefined ? undefined : parseDateOption('date', flags.date)
  const { workspace, dispatch } = openWorkspace(flags.db)
  try {
    write(out, await fileOf(dispatch, 'registres.bilanAnnuel', au ? { au } : {}))
    io.err(`Assiduité de l'année par enfant écrite dans ${out}.`)
    return 0
  } finally {
    workspace.close()
  }
}
