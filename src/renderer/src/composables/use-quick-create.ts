import type { z } from 'zod'
import { api } from '../api/client'
import { contract, type CallName, type CallOutput } from '../../../shared/contract'
import { useFormErrors, type FormProblem } from './use-form-errors'

type SaveCall = 'lieux.save' | 'etablissements.save' | 'intervenants.save' | 'familles.save'

/** The check-then-save of a mini-form creating one entity of a reference list. */
export function useQuickCreate<N extends SaveCall & CallName>(name: N, namespace: string, onCreated: (entity: CallOutput<N>) => void) {
  const form = useFormErrors(namespace)

  async function create(value: unknown, extra: FormProblem[] = []): Promise<void> {
    const input = form.check(contract[name].input as z.ZodType, value, extra)
    if (!input) return
    await form.run(async () => {
      const entity = await (api.call as (n: N, i: unknown) => Promise<CallOutput<N>>)(name, input)
      form.clear()
      onCreated(entity)
    })
  }

  return { busy: form.busy, create }
}
