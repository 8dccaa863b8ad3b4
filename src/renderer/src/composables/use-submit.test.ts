import { describe, expect, it } from 'vitest'
import { useAction, useSubmit } from './use-submit'

describe('useSubmit', () => {
  it('is busy while the task runs and returns its result', async () => {
    const errors: unknown[] = []
    const { busy, run } = useSubmit((e) => errors.push(e))
    let seenBusy = false
    const result = await run(async () => {
      seenBusy = busy.value
      return 42
    })
    expect(seenBusy).toBe(true)
    expect(busy.value).toBe(false)
    expect(result).toBe(42)
    expect(errors).toEqual([])
  })

  it('hands a failure to onError, returns undefined and is no longer busy', async () => {
    const errors: unknown[] = []
    const { busy, run } = useSubmit((e) => errors.push(e))
    const failure = new Error('non')
    const result = await run(async () => {
      throw failure
    })
    expect(result).toBeUndefined()
    expect(errors).toEqual([failure])
    expect(busy.value).toBe(false)
  })
})

describe('useAction', () => {
  it("shows the error's message, or the fallback, and clears it on the next try", async () => {
    const { error, run } = useAction('Raté.')
    await run(async () => {
      throw new Error('Fichier introuvable.')
    })
    expect(error.value).toBe('Fichier introuvable.')
    await run(async () => {
      throw 'pas une Error'
    })
    expect(error.value).toBe('Raté.')
    let seen: string | null = 'unset'
    await run(async () => {
      seen = error.value
    })
    expect(seen).toBeNull()
    expect(error.value).toBeNull()
  })
})
