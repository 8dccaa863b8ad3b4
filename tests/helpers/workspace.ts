import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDispatcher, type Dispatch } from '../../src/main/api/dispatch'
import { Workspace } from '../../src/main/workspace'
import type { CallInput, CallName, CallOutput } from '../../src/shared/contract'

export interface TestWorkspace {
  dir: string
  path: string
  workspace: Workspace
  dispatch: Dispatch
  call<N extends CallName>(name: N, input?: CallInput<N>): CallOutput<N>
  reopen(): void
  cleanup(): void
}

/** A real SQLite file in a temporary folder, with the dispatcher the hosts use. */
export function tempWorkspace(today = '2025-11-20'): TestWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'clas-test-'))
  const path = join(dir, 'clas.sqlite')
  const t: TestWorkspace = {
    dir,
    path,
    workspace: new Workspace(path, { today: () => today }),
    dispatch: () => undefined,
    call: (name, input) => t.dispatch(name, input ?? {}) as never,
    reopen() {
      t.workspace.close()
      t.workspace = new Workspace(path, { today: () => today })
      t.dispatch = createDispatcher(t.workspace, { checkOutput: true })
    },
    cleanup() {
      t.workspace.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  t.dispatch = createDispatcher(t.workspace, { checkOutput: true })
  return t
}
