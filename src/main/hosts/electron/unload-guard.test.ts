import { describe, expect, it } from 'vitest'
import { askBeforeUnload, UNLOAD_QUESTION, type UnloadQuestion } from './unload-guard'

/** A fake webContents: the page refused to unload, Electron emits will-prevent-unload. */
function refusedUnload(answer: number): { closes: boolean; asked: UnloadQuestion[] } {
  let listener: ((event: { preventDefault(): void }) => void) | undefined
  const asked: UnloadQuestion[] = []
  askBeforeUnload({ on: (_event, l) => (listener = l) }, (question) => (asked.push(question), answer))
  let closes = false
  listener!({ preventDefault: () => (closes = true) })
  return { closes, asked }
}

describe('closing the window with unsaved changes', () => {
  it('asks in French, and closes only when the person chooses to leave', () => {
    const leave = refusedUnload(UNLOAD_QUESTION.buttons.indexOf('Quitter sans enregistrer'))
    expect(leave.asked).toEqual([UNLOAD_QUESTION])
    expect(leave.asked[0].message).toBe('Des modifications ne sont pas enregistrées.')
    expect(leave.closes).toBe(true)
  })

  it('stays open on « Rester sur la page », which is also the default and Échap', () => {
    expect(refusedUnload(1).closes).toBe(false)
    expect(UNLOAD_QUESTION.buttons[UNLOAD_QUESTION.defaultId]).toBe('Rester sur la page')
    expect(UNLOAD_QUESTION.cancelId).toBe(UNLOAD_QUESTION.defaultId)
  })
})
