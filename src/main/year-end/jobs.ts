import { randomUUID } from 'node:crypto'
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildClosingFolder, type ClosingResult } from './build-folder'
import type { ClosingInput } from './closing-input'
import { closingParts } from './closing-parts'

/**
 * A closing folder being built: started by one call, its progress read by another (the screen
 * polls, the terminal prints each part as it ends). Kept in memory: a restart forgets it.
 */
export interface ClosingJob {
  id: string
  annee: string
  etat: 'en_cours' | 'termine' | 'echec'
  fait: number
  total: number
  parties: ClosingResult['parties']
  resultat: ClosingResult | null
  erreur: string | null
  /** Made for a browser's download: no folder is kept on disk, only the .zip's bytes, in memory until the job is forgotten. */
  temporaire: boolean
  zip: Buffer | null
}

const jobs = new Map<string, ClosingJob>()
/** The latest few are kept: a screen reloaded finds its job; older ones (and their temporary copies) go. */
const KEPT = 5

function forgetOldest(): void {
  while (jobs.size > KEPT) {
    const [id, job] = jobs.entries().next().value as [string, ClosingJob]
    if (job.etat === 'en_cours') break
    jobs.delete(id)
  }
}

/** A file-system failure in French (the one kind expected here); anything else as it came. */
function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException
  const where = e.path ? ` (${e.path})` : ''
  switch (e.code) {
    case 'EACCES': case 'EPERM': case 'EROFS': return `le dossier n'accepte pas d'écriture${where}.`
    case 'ENOSPC': return 'le disque est plein.'
    case 'ENOTDIR': case 'ENOENT': return `dossier introuvable${where}.`
    default: return error instanceof Error ? error.message : String(error)
  }
}

const TEMPORARY_PREFIX = 'clas-cloture-'
/**
 * A temporary closing folder untouched for this long is no closing being built (one takes a few
 * minutes at most, even by another Clas on this computer): it is what a crash left.
 */
const STALE_TEMPORARY_MS = 60 * 60 * 1000

/**
 * The temporary folders of downloads cut short by a crash hold the children's data: removed
 * when the next one starts (the folder's own date: it changes as the closing starts and ends).
 */
function removeStaleTemporaries(now = Date.now()): void {
  const root = tmpdir()
  for (const entry of readdirSync(root)) {
    if (!entry.startsWith(TEMPORARY_PREFIX)) continue
    const path = join(root, entry)
    try {
      const stat = lstatSync(path)
      if (stat.isDirectory() && now - stat.mtimeMs > STALE_TEMPORARY_MS) rmSync(path, { recursive: true, force: true })
    } catch {
      // Gone meanwhile, or not ours to remove: left as it is.
    }
  }
}

/** Starts the build; `destination` null: a temporary folder, for the .zip to be downloaded. */
export function startClosingJob(input: ClosingInput, { destination, pdf }: { destination: string | null; pdf: boolean }): ClosingJob {
  if (destination === null) removeStaleTemporaries()
  const temporaire = destination === null ? mkdtempSync(join(tmpdir(), TEMPORARY_PREFIX)) : null
  const job: ClosingJob = {
    id: randomUUID(), annee: input.doc.anneeScolaire.libelle, etat: 'en_cours', fait: 0,
    total: closingParts(input, { pdf }).length + 1, parties: [], resultat: null, erreur: null, temporaire: temporaire !== null, zip: null,
  }
  jobs.set(job.id, job)
  const run = async () => {
    try {
      const resultat = await buildClosingFolder(input, {
        destination: destination ?? temporaire!,
        pdf,
        onProgress: (p) => {
          job.fait = p.fait
          job.total = p.total
          job.parties = [...job.parties, p.partie]
        },
      })
      // The children's data does not stay behind in a temporary folder: the .zip is kept in memory for the download.
      const zip = temporaire ? readFileSync(resultat.zip) : null
      Object.assign(job, { etat: 'termine', resultat, zip })
    } catch (error) {
      // The message names a file or a folder at most: never the children's data.
      Object.assign(job, { etat: 'echec', erreur: `La préparation du dossier a échoué : ${reason(error)}` })
    } finally {
      if (temporaire) rmSync(temporaire, { recursive: true, force: true })
      forgetOldest()
    }
  }
  void run()
  return job
}

export const closingJob = (id: string): ClosingJob | undefined => jobs.get(id)
