import { defineStore } from 'pinia'
import { ref } from 'vue'

/** Whether the search dialog is open: its shortcut lives in the dialog, its button in the menu. */
export const useGlobalSearch = defineStore('global-search', () => {
  const open = ref(false)
  return { open, show: () => (open.value = true), hide: () => (open.value = false) }
})
