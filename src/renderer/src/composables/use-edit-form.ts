import { nextTick, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useFormErrors } from './use-form-errors'
import { useUnsavedChanges } from './use-unsaved-changes'

export interface EditFormOptions {
  /** The reactive model the form's fields edit. */
  model: object
  /** The record shown, undefined for a new one (or a screen of one record): the form loads again when it changes. */
  id: () => string | undefined
  /** Reads what the form needs and fills `model`; throws, in French, when the record is gone. */
  fill: () => Promise<void>
  /** The words after « ✓ » once saved (and when a new record opens with `?enregistre=1`). */
  savedText: string
  /** The route showing one record: a new record, once saved, opens there (`openCreated`). */
  routeName?: string
  /** Runs once a load succeeded and the form is on screen (a new record's first field takes the focus). */
  loaded?: () => void
  /** Namespace of the form's field ids (`f-nom`). */
  namespace?: string
}

/**
 * What every edit screen does around its form: load (`loading`, `loadError` for `load-state.vue`,
 * again on each id), fill the model and take that as nothing changed, the form's problems
 * (`useFormErrors`), the leave guard (`useUnsavedChanges`) and the « ✓ … enregistré » message,
 * which a change in the form takes away.
 */
export function useEditForm(options: EditFormOptions) {
  const route = useRoute()
  const router = useRouter()
  const errors = useFormErrors(options.namespace ?? 'f')
  const loading = ref(true)
  const loadError = ref<string | null>(null)
  const saved = ref<string | null>(null)
  const { dirty, settle } = useUnsavedChanges(options.model, () => (saved.value = null))

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = null
    try {
      await options.fill()
      errors.clear()
      await settle()
      // After the model's watcher, which takes the message away on any change.
      saved.value = route.query.enregistre === '1' ? options.savedText : null
    } catch (e) {
      loadError.value = e instanceof Error ? e.message : 'Chargement impossible.'
    } finally {
      loading.value = false
    }
    if (!loadError.value && options.loaded) {
      await nextTick()
      options.loaded()
    }
  }
  watch(options.id, load, { immediate: true })

  /** After a save that stays on the record (the model may have been updated from the answer first). */
  async function markSaved(text = options.savedText): Promise<void> {
    await settle()
    saved.value = text
  }

  /** A new record, once saved, opens at its own address, which says it was saved. */
  async function openCreated(id: string): Promise<void> {
    if (!options.routeName) throw new Error('useEditForm: openCreated needs routeName')
    dirty.value = false
    await router.replace({ name: options.routeName, params: { id }, query: { enregistre: '1' } })
  }

  return { ...errors, loading, loadError, saved, dirty, settle, load, markSaved, openCreated }
}
