/**
 * Closing or reloading the window while a screen holds unsaved changes. The renderer's
 * `beforeunload` (useUnsavedChanges) says so; a browser then asks the person, but Electron only
 * emits `will-prevent-unload` and keeps the window open without a word: the question is asked here.
 */

/** What `askBeforeUnload` needs of a window's webContents (Electron's WebContents has it). */
export interface UnloadContents {
  on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): unknown
}

/** Electron's dialog.showMessageBoxSync options, as far as the question uses them. */
export interface UnloadQuestion {
  type: 'question'
  buttons: string[]
  defaultId: number
  cancelId: number
  title: string
  message: string
  detail: string
}

export const UNLOAD_QUESTION: UnloadQuestion = {
  type: 'question',
  buttons: ['Quitter sans enregistrer', 'Rester sur la page'],
  defaultId: 1,
  cancelId: 1,
  title: 'Modifications non enregistrées',
  message: 'Des modifications ne sont pas enregistrées.',
  detail: 'Si vous quittez maintenant, elles seront perdues.',
}

/** `ask` shows the question and returns the index of the button chosen (showMessageBoxSync). */
export function askBeforeUnload(contents: UnloadContents, ask: (question: UnloadQuestion) => number): void {
  contents.on('will-prevent-unload', (event) => {
    // preventDefault here overrides the page's refusal: the window closes (or reloads).
    if (ask(UNLOAD_QUESTION) === 0) event.preventDefault()
  })
}
