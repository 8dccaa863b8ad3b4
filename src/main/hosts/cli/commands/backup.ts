import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { EtatSauvegardes } from '../../../../shared/contract/sauvegardes'
import { moveIntoPlace } from '../../../files/durable-files'
import { callOrFail, callOrFailLater, openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

/**
 * The copy written where the person asked, complete or not at all: under a hidden name in the
 * same folder, flushed, then renamed (a USB key pulled out mid-way leaves no half backup).
 */
function writeNewFile(path: string, bytes: Buffer): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.partiel`)
  try {
    writeFileSync(tmp, bytes, { flag: 'wx' })
    if (existsSync(path)) throw new CliError(`Le fichier « ${path} » existe déjà : choisissez un autre nom.`)
    moveIntoPlace(tmp, path)
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`La sauvegarde dans « ${dirname(path)} » a échoué : ${(error as Error).message}`)
  } finally {
    rmSync(tmp, { force: true })
  }
}

/**
 * `clas backup [--out FILE]`: a checked copy of the database, in the backup folder (with the
 * rotation) or in FILE; encrypted when a backup passphrase has been set.
 */
export async function backupCommand(flags: { db?: string; out?: string }, io: CliIO): Promise<number> {
  const out = flags.out === undefined ? undefined : resolve(flags.out)
  if (out !== undefined) {
    if (!existsSync(dirname(out))) throw new CliError(`Le dossier de « ${flags.out} » n'existe pas.`)
    if (existsSync(out)) throw new CliError(`Le fichier « ${out} » existe déjà : choisissez un autre nom.`)
  }
  const { workspace, dispatch } = openWorkspace(flags.db)
  try {
    if (out === undefined) {
      const { fichier } = await callOrFailLater<{ fichier: string }>(dispatch, 'sauvegardes.maintenant', {})
      io.out(join(callOrFail<EtatSauvegardes>(dispatch, 'sauvegardes.etat', {}).dossier, fichier))
      return 0
    }
    // The call answers the copy's bytes; the file is written here: a destination path never
    // goes through the dispatcher, where a browser could name one.
    const { base64 } = await callOrFailLater<{ base64: string }>(dispatch, 'sauvegardes.copie', {})
    writeNewFile(out, Buffer.from(base64, 'base64'))
    io.out(out)
    return 0
  } finally {
    workspace.close()
  }
}
