import { computed, ref } from 'vue'
import { ApiError } from '../../../shared/contract/errors'

export type SaveState = 'idle' | 'saving' | 'saved' | 'error'

/**
 * Saves made as the user goes (a mark, a checkbox, a note), one after the other in the order
 * they were made, with one visible state: « Enregistrement… », « Enregistré », or the error.
 */
export function useSaveQueue() {
  const pending = ref(0)
  const lastError = ref<string | null>(null)
  const savedAt = ref<string | null>(null)
  let chain: Promise<unknown> = Promise.resolve()

  const state = computed<SaveState>(() => (pending.value > 0 ? 'saving' : lastError.value ? 'error' : savedAt.value ? 'saved' : 'idle'))

  /**
   * Runs `task` after the saves already queued. On failure `undo` puts the screen back as
   * it was and the error stays shown, prefixed with `what` so the user knows what was not saved.
   */
  function save<T>(task: () => Promise<T>, what: string, undo?: () => void): Promise<T | undefined> {
    pending.value++
    const run = chain.then(task).then(
      (result) => {
        lastError.value = null
        savedAt.value = new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })
        return result
      },
      (error: unknown) => {
        undo?.()
        const message = error instanceof ApiError ? error.message : 'erreur inattendue'
        lastError.value = `Non enregistré (${what}) : ${message}`
        return undefined
      },
    )
    chain = run.finally(() => pending.value--)
    return run
  }

  /** Resolves when every queued save is done. */
  const idle = () => chain

  return { state, pending, lastError, savedAt, save, idle, dismiss: () => (lastError.value = null) }
}
