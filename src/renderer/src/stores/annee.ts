import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '../api/client'
import { chosenYear, setChosenYear } from '../api/chosen-year'
import type { AnneeListee } from '../../../shared/contract/annees'
import { useAppStatus } from './app-status'
import { useDashboardDate } from './dashboard-date'
import { useReferentiels } from './referentiels'

/**
 * The school years of the base and the one the screens show. A past year is shown as it was
 * archived, read-only: the main process refuses its writes, and the screens hide their buttons.
 */
export const useAnnee = defineStore('annee', () => {
  const annees = ref<AnneeListee[]>([])
  const choisie = ref<string | null>(chosenYear())

  const courante = computed(() => annees.value.find((a) => a.courante) ?? null)
  /** The year on screen: the one chosen, else the current one. */
  const affichee = computed(() => annees.value.find((a) => a.libelle === choisie.value) ?? courante.value)
  const passee = computed(() => affichee.value !== null && courante.value !== null && affichee.value.libelle !== courante.value.libelle)
  /** The switcher is offered only when there is another year to look at. */
  const plusieurs = computed(() => annees.value.length > 1)

  async function load(): Promise<void> {
    annees.value = await api.call('annees.liste', {})
    // A year no longer in the base (another base opened, a restore): back to the current one.
    if (choisie.value && !annees.value.some((a) => a.libelle === choisie.value && !a.courante)) await choisir(null)
  }

  /**
   * Every call from now on is for this year; null or the current year: the current one. The
   * year's dates (app.status) and the shared lists are read again before the screen is made again.
   */
  async function choisir(libelle: string | null): Promise<void> {
    const value = libelle && libelle !== courante.value?.libelle ? libelle : null
    setChosenYear(value)
    useReferentiels().forget()
    useDashboardDate().date = ''
    await useAppStatus().refresh().catch(() => undefined)
    choisie.value = value
  }

  return { annees, choisie, courante, affichee, passee, plusieurs, load, choisir }
})
