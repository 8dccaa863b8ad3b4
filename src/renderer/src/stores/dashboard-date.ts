import { defineStore } from 'pinia'
import { ref } from 'vue'

/** The date the coordinator chose to look at on the dashboard: kept while moving between screens. */
export const useDashboardDate = defineStore('dashboard-date', () => {
  /** Empty: today, clipped to the school year by the rules. */
  const date = ref('')
  return { date }
})
