import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { ClosingInput } from './closing-input'
import type { ClosingFile } from './closing-part'
import { closingParts } from './closing-parts'
import { closingFolderName, closingNames } from './file-names'
import { closingReadme } from './readme'
import { zipClosingFiles } from './zip-folder'

export interface ClosingProgress {
  /** Parts done, out of `total`. */
  fait: number
  total: number
  /** The part just finished, with the milliseconds it took. */
  partie: { id: string; libelle: string; ms: number }
}

export interface ClosingResult {
  dossier: string
  zip: string
  fichiers: { chemin: string; description: string; octets: number }[]
  avertissements: string[]
  parties: { id: string; libelle: string; ms: number }[]
}

/** What a closing folder and its .zip are called while they are built: never taken for finished ones. */
export const partialNames = (name: string) => ({ folder: `${name}.partiel`, zip: `${name}.zip.partiel` })

/** Folders and .zip being built by this process: a second closing into the same place leaves them alone. */
const building = new Set<string>()

/**
 * Leftovers of a closing cut short (the app killed, the power cut): « cloture-….partiel » and
 * « cloture-….zip.partiel », and the « .cloture-….en-cours » of earlier versions. They hold the
 * children's data and are incomplete: removed. Returns their names.
 */
function removeLeftovers(destination: string): string[] {
  const stale = /^(cloture-.+\.(partiel|zip\.partiel)|\.cloture-.+\.en-cours(\.zip)?)$/
  const removed: string[] = []
  for (const entry of readdirSync(destination)) {
    const path = join(destination, entry)
    if (!stale.test(entry) || building.has(path)) continue
    rmSync(path, { recursive: true, force: true })
    removed.push(entry)
  }
  return removed.sort()
}

/** « cloture-2025-2026 », or « cloture-2025-2026-2 » when a former closing is already there (it is never overwritten). */
function freeName(destination: string, base: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`
    const taken = [name, `${name}.zip`, partialNames(name).folder].some((f) => existsSync(join(destination, f)) || building.has(join(destination, f)))
    if (!taken) return name
  }
}

/** Writes files under a folder, each path given with « / ». */
function writeFiles(folder: string, files: ClosingFile[]): void {
  for (const f of files) {
    const path = join(folder, ...f.chemin.split('/'))
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, f.bytes)
  }
}

const ZIP_PART = { id: 'zip', libelle: 'Archive .zip' }

/**
 * Builds the closing folder in `destination` and the .zip beside it, part after part. Each part's
 * files are written as soon as it is done, in « cloture-AAAA-AAAA.partiel »; the .zip and the
 * folder take their names only once complete, the .zip first: a folder named « cloture-… » is a
 * finished one, with its .zip. A failure removes the partial files; a crash leaves them so named,
 * and the next closing into the same place removes them.
 */
export async function buildClosingFolder(
  input: ClosingInput,
  { destination, pdf, onProgress }: { destination: string; pdf: boolean; onProgress?: (p: ClosingProgress) => void },
): Promise<ClosingResult> {
  const annee = input.doc.anneeScolaire.libelle
  const parts = closingParts(input, { pdf })
  const total = parts.length + 1
  const fichiers: ClosingFile[] = []
  const avertissements: string[] = []
  const parties: ClosingResult['parties'] = []
  const report = (part: { id: string; libelle: string }, started: number) => {
    const done = { ...part, ms: Math.round(performance.now() - started) }
    parties.push(done)
    onProgress?.({ fait: parties.length, total, partie: done })
  }
  mkdirSync(destination, { recursive: true })
  const leftovers = removeLeftovers(destination)
  const name = freeName(destination, closingFolderName(annee))
  const folder = join(destination, name)
  const zipPath = `${folder}.zip`
  const partial = { folder: join(destination, partialNames(name).folder), zip: join(destination, partialNames(name).zip) }
  building.add(partial.folder).add(partial.zip)
  try {
    mkdirSync(partial.folder)
    for (const part of parts) {
      const started = performance.now()
      const result = await part.build()
      writeFiles(partial.folder, result.fichiers)
      fichiers.push(...result.fichiers)
      avertissements.push(...result.avertissements)
      report(part, started)
    }
    const readme: ClosingFile = {
      chemin: closingNames(annee).readme,
      description: 'Ce fichier.',
      bytes: Buffer.from(
        closingReadme({
          association: input.doc.structure.nom, annee, asOf: input.asOf, editeLe: input.heading.editeLe, formulaire: input.template.titre, fichiers, avertissements,
        }),
        'utf8',
      ),
    }
    const all = [readme, ...fichiers]
    const started = performance.now()
    writeFiles(partial.folder, [readme])
    writeFileSync(partial.zip, await zipClosingFiles(name, all))
    renameSync(partial.zip, zipPath)
    renameSync(partial.folder, folder)
    report(ZIP_PART, started)
    // Said on screen and in the terminal, not in the README (it is about this computer, not the year).
    if (leftovers.length) {
      const s = leftovers.length > 1 ? 's' : ''
      avertissements.push(`Une préparation interrompue avait laissé ${leftovers.map((l) => `« ${l} »`).join(', ')} dans ce dossier : supprimé${s}, car incomplet${s}.`)
    }
    return {
      dossier: folder,
      zip: zipPath,
      fichiers: all.map((f) => ({ chemin: f.chemin, description: f.description, octets: f.bytes.length })),
      avertissements,
      parties,
    }
  } catch (error) {
    rmSync(partial.folder, { recursive: true, force: true })
    rmSync(partial.zip, { force: true })
    throw error
  } finally {
    building.delete(partial.folder)
    building.delete(partial.zip)
  }
}
