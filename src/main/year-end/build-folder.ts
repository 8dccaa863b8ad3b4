import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
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

/** « cloture-2025-2026 », or « cloture-2025-2026-2 » when a former closing is already there (it is never overwritten). */
function freeName(destination: string, base: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`
    if (!existsSync(join(destination, name)) && !existsSync(join(destination, `${name}.zip`))) return name
  }
}

const ZIP_PART = { id: 'zip', libelle: 'Archive .zip' }

/**
 * Builds the closing folder in `destination` and the .zip beside it, part after part. Files are
 * written under a temporary name and renamed at the end: a failure leaves no half folder.
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
  for (const part of parts) {
    const started = performance.now()
    const result = await part.build()
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
  mkdirSync(destination, { recursive: true })
  const name = freeName(destination, closingFolderName(annee))
  const folder = join(destination, name)
  const zipPath = `${folder}.zip`
  const work = join(destination, `.${name}.en-cours`)
  rmSync(work, { recursive: true, force: true })
  try {
    for (const f of all) {
      const path = join(work, ...f.chemin.split('/'))
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, f.bytes)
    }
    const zip = await zipClosingFiles(name, all)
    writeFileSync(`${work}.zip`, zip)
    renameSync(work, folder)
    renameSync(`${work}.zip`, zipPath)
  } catch (error) {
    rmSync(work, { recursive: true, force: true })
    rmSync(`${work}.zip`, { force: true })
    throw error
  }
  report(ZIP_PART, started)
  return {
    dossier: folder,
    zip: zipPath,
    fichiers: all.map((f) => ({ chemin: f.chemin, description: f.description, octets: f.bytes.length })),
    avertissements,
    parties,
  }
}
