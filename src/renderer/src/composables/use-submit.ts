import { ref } from 'vue'

/**
 * What a button does while its call runs: `busy` meanwhile (the button is disabled on it), a
 * failure handed to `onError`. `run` returns what the task returned, or `undefined` if it failed.
 */
export function useSubmit(onError: (error: unknown) => void) {
  const busy = ref(false)

  async function run<T>(task: () => Promise<T>): Promise<T | undefined> {
    busy.value = true
    try {
      return await task()
    } catch (error) {
      onError(error)
      return undefined
    } finally {
      busy.value = false
    }
  }

  return { busy, run }
}

/**
 * An action outside any form (open or leave the demo): its failure is one message, the error's
 * own or `fallback`, cleared when the action is tried again.
 */
export function useAction(fallback: string) {
  const error = ref<string | null>(null)
  const submit = useSubmit((e) => {
    error.value = e instanceof Error ? e.message : fallback
  })

  function run<T>(task: () => Promise<T>): Promise<T | undefined> {
    error.value = null
    return submit.run(task)
  }

  return { busy: submit.busy, error, run }
}
