import { nextTick, ref } from 'vue'
import type { z } from 'zod'
import { api } from '../api/client'
import { contract, type CallName, type CallOutput } from '../../../shared/contract'
import { useReferentiels } from '../stores/referentiels'
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

/**
 * The page side of its mini-forms: which one is open (`creating`), and where the focus goes when
 * it closes, on the field that now shows the new entity or back on the button that opened it.
 */
export function useQuickCreateHost<K extends string>() {
  const refs = useReferentiels()
  const creating = ref<K | null>(null)

  async function close(focusId: string): Promise<void> {
    creating.value = null
    await nextTick()
    document.getElementById(focusId)?.focus()
  }

  /** A mini-form created an entity: once the lists have it, `pick` selects it on the page. */
  async function created(pick: () => void, focusId: string): Promise<void> {
    await refs.ensure()
    pick()
    void close(focusId)
  }

  const cancelCreate = (returnTo: string): void => void close(returnTo)

  return { creating, created, cancelCreate }
}
