import type { Progression } from '../../src/shared/contract/cloture'
import type { TestWorkspace } from '../helpers/workspace'

/** Polls the job the way the screen does, until it is done or failed. */
export async function waitClosing(t: TestWorkspace, travailId: string, timeoutMs = 120_000): Promise<Progression> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const p = t.call('cloture.progression', { travailId })
    if (p.etat !== 'en_cours') return p
    if (Date.now() > until) throw new Error(`closing still running after ${timeoutMs} ms (${p.fait}/${p.total})`)
    await new Promise((r) => setTimeout(r, 50))
  }
}
