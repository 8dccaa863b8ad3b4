import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '../api/client'
import type { Annulation } from '../../../shared/contract/annulation'

export interface DeleteRequest {
  /** « Supprimer la famille Diallo ? » */
  question: string
  /** What else goes with it (« Ses 2 enfants restent, sans famille. »). */
  detail?: string
  run: () => Promise<Annulation>
}

/**
 * Every deletion of the app goes through here: it is asked first (one dialog for the whole app),
 * then announced with « Annuler » (and Ctrl+Z) for as long as the main process keeps it.
 */
export const useDeletions = defineStore('deletions', () => {
  const pending = ref<(DeleteRequest & { error: string | null; busy: boolean; resolve: (done: boolean) => void }) | null>(null)
  const last = ref<Annulation | null>(null)
  const message = ref<string | null>(null)
  const undoError = ref<string | null>(null)

  /** Asks, deletes, announces; resolves true once deleted, false if the person said no. */
  function remove(request: DeleteRequest): Promise<boolean> {
    pending.value?.resolve(false)
    return new Promise((resolve) => (pending.value = { ...request, error: null, busy: false, resolve }))
  }

  async function confirm(): Promise<void> {
    const p = pending.value
    if (!p || p.busy) return
    p.busy = true
    p.error = null
    try {
      const annulation = await p.run()
      last.value = annulation
      undoError.value = null
      message.value = `Supprimé : ${annulation.libelle}.`
      pending.value = null
      p.resolve(true)
    } catch (error) {
      p.error = error instanceof Error ? error.message : "La suppression n'a pas pu se faire."
      p.busy = false
    }
  }

  function cancel(): void {
    pending.value?.resolve(false)
    pending.value = null
  }

  async function undo(): Promise<void> {
    const annulation = last.value
    if (!annulation) return
    try {
      const { libelle } = await api.call('annulation.annuler', { jeton: annulation.jeton })
      last.value = null
      undoError.value = null
      message.value = `Rétabli : ${libelle}.`
    } catch (error) {
      undoError.value = error instanceof Error ? error.message : "L'annulation n'a pas pu se faire."
    }
  }

  function dismiss(): void {
    last.value = null
    message.value = null
    undoError.value = null
  }

  return { pending, last, message, undoError, remove, confirm, cancel, undo, dismiss }
})
