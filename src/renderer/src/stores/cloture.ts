import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '../api/client'

/** Whether the year worked on is closed: the banner at the top of the app and the closing screen share it. */
export const useCloture = defineStore('cloture', () => {
  const etat = ref<{ annee: string; clotureeLe: string | null } | null>(null)

  async function load(): Promise<void> {
    etat.value = await api.call('cloture.etat')
  }
  async function rouvrir(): Promise<void> {
    etat.value = await api.call('cloture.rouvrir')
  }
  const set = (next: { annee: string; clotureeLe: string | null }) => (etat.value = next)

  return { etat, load, rouvrir, set }
})
