import { createDispatcher, type Dispatch } from '../../src/main/api/dispatch'
import { SessionStore, type Caller } from '../../src/main/access/sessions'
import type { CallInput, CallName, CallOutput } from '../../src/shared/contract'
import type { TestWorkspace } from './workspace'

export const COORDINATION = { nom: 'Nadia Benali', secret: 'Ponts-2025-coord' }
export const BENEVOLE = { nom: 'Inès', secret: '493817' }

/** A dispatcher as the hosts have it (sessions, a clock the test moves), and callers to call it with. */
export function hostDispatcher(t: TestWorkspace, start = Date.parse('2025-11-20T16:00:00Z')) {
  const clock = { now: start }
  const now = () => clock.now
  const sessions = new SessionStore({ now })
  const dispatch: Dispatch = createDispatcher(t.workspace, { checkOutput: true, sessions, now })
  return {
    clock,
    sessions,
    dispatch,
    /** A call as a host makes it; awaited, so asynchronous calls (logins) and synchronous ones read alike. */
    call: async <N extends CallName>(caller: Caller, name: N, input?: CallInput<N>): Promise<CallOutput<N>> => (await dispatch(name, input ?? {}, caller)) as CallOutput<N>,
  }
}

/** The coordinator's account and a bénévole's (PIN) assigned to `collectifIds`, created on the file directly. */
export async function createAccounts(t: TestWorkspace, collectifIds: string[]) {
  const coordination = await (t.dispatch('comptes.save', { nom: COORDINATION.nom, role: 'coordinateur', type: 'mot_de_passe', secret: COORDINATION.secret }) as Promise<CallOutput<'comptes.save'>>)
  const benevole = await (t.dispatch('comptes.save', { nom: BENEVOLE.nom, role: 'benevole', type: 'pin', secret: BENEVOLE.secret, collectifIds }) as Promise<CallOutput<'comptes.save'>>)
  return { coordination, benevole }
}

export const anonymous = (): Caller => ({ token: null })
