import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Dispatch } from '../../src/main/api/dispatch'
import type { Progression } from '../../src/shared/contract/cloture'

/** The closing target of issue 15: the large association's folder in under 20 s, without the bilan's PDF conversion. */
export const CLOSING_TARGET_MS = 20_000

/**
 * Closing the year of the association in `dispatch`'s base, as the screen does it (start, then
 * poll): one line per part with its time, then the whole. Returns the total in ms.
 */
export async function benchClosing(dispatch: Dispatch, dir: string, modeleId = 'caf01-2025-2026'): Promise<number> {
  const start = performance.now()
  const cpu = process.cpuUsage()
  let job = (await dispatch('cloture.demarrer', { modeleId, dossier: join(dir, 'cloture'), pdf: false })) as Progression
  while (job.etat === 'en_cours') {
    await new Promise((r) => setTimeout(r, 20))
    job = dispatch('cloture.progression', { travailId: job.travailId }) as Progression
  }
  const total = performance.now() - start
  const used = process.cpuUsage(cpu)
  if (job.etat !== 'termine') throw new Error(job.erreur ?? 'closing failed')
  const perCollectif = (prefix: string) => job.parties.filter((p) => p.id.startsWith(prefix))
  const sum = (parts: Progression['parties']) => parts.reduce((n, p) => n + p.ms, 0)
  console.log(`\nClôture de l'année (sans conversion PDF du bilan), ${job.resultat!.fichiers.length} fichiers :`)
  for (const p of job.parties.filter((q) => !q.id.startsWith('registre-') && !q.id.startsWith('emargement-'))) console.log(`  ${p.libelle.padEnd(44)} ${String(p.ms).padStart(7)} ms`)
  for (const [prefix, what] of [['registre-', 'Registres .xlsx'], ['emargement-', "Feuilles d'émargement PDF"]] as const) {
    const parts = perCollectif(prefix)
    const slowest = parts.reduce((a, b) => (b.ms > a.ms ? b : a), parts[0])
    console.log(`  ${`${what} (${parts.length} collectifs)`.padEnd(44)} ${String(sum(parts)).padStart(7)} ms (le plus long : ${slowest?.libelle.replace(/^.* — /, '')}, ${slowest?.ms} ms)`)
  }
  console.log(`Clôture complète (lecture + fichiers + .zip)   ${total.toFixed(0).padStart(9)} ms (processeur : ${((used.user + used.system) / 1000).toFixed(0)} ms)`)
  // pdfmake lays out one page per séance held (about 3 000 here): the heaviest part, said apart.
  const sheetsOnly = total - sum(perCollectif('emargement-'))
  console.log(`  dont hors feuilles d'émargement PDF            ${sheetsOnly.toFixed(0).padStart(9)} ms`)
  const verdict = (ms: number) => (ms < CLOSING_TARGET_MS ? 'atteint' : 'NON ATTEINT')
  console.log(`Objectif : clôture < ${CLOSING_TARGET_MS / 1000} s sans la conversion PDF du bilan → ${verdict(total)} (hors feuilles d'émargement PDF : ${verdict(sheetsOnly)})`)
  return total
}
