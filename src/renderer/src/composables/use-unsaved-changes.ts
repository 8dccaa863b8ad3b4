import { nextTick, onBeforeUnmount, onMounted, ref, watch } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'

/**
 * Whether an edit form holds changes not saved yet, and the question asked on leaving the screen
 * with them: by the menu (a confirm), or by reloading or closing the window (`beforeunload`: the
 * browser asks; the desktop app asks through hosts/electron/unload-guard.ts).
 * `onEdit` runs on each change (to hide a « ✓ enregistré » that no longer holds).
 */
export function useUnsavedChanges(model: object, onEdit?: () => void) {
  const dirty = ref(false)
  watch(model, () => {
    dirty.value = true
    onEdit?.()
  }, { deep: true })

  /** After the form was filled by code (loaded, saved): its watcher runs first, then this clears. */
  async function settle(): Promise<void> {
    await nextTick()
    dirty.value = false
  }

  onBeforeRouteLeave(() => !dirty.value || window.confirm('Des modifications ne sont pas enregistrées. Quitter quand même ?'))
  const warnUnload = (event: BeforeUnloadEvent) => {
    if (dirty.value) event.preventDefault()
  }
  onMounted(() => window.addEventListener('beforeunload', warnUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', warnUnload))
  return { dirty, settle }
}
