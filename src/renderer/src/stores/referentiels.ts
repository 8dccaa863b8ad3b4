import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '../api/client'
import type { CallName, CollectifResume } from '../../../shared/contract'
import type { Etablissement, Famille, Intervenant, Lieu } from '../../../shared/exchange/schema'

/** Writes that cannot change these lists: marking a register is the most frequent call. */
const IRRELEVANT = (name: CallName) => name.startsWith('registre.')

/**
 * The lists most screens need (collectifs with their counts, lieux, établissements,
 * intervenants, familles), loaded once and reloaded after any write that may change them.
 */
export const useReferentiels = defineStore('referentiels', () => {
  const collectifs = ref<CollectifResume[]>([])
  const lieux = ref<Lieu[]>([])
  const etablissements = ref<Etablissement[]>([])
  const intervenants = ref<Intervenant[]>([])
  const familles = ref<Famille[]>([])
  const loaded = ref(false)
  let loading: Promise<void> | null = null

  let generation = 0

  async function load(): Promise<void> {
    const mine = ++generation
    const [c, l, e, i, f] = await Promise.all([
      api.call('collectifs.list', {}),
      api.call('lieux.list', {}),
      api.call('etablissements.list', {}),
      api.call('intervenants.list', {}),
      api.call('familles.list', {}),
    ])
    if (mine !== generation) return // a newer load, after a later write, has the last word
    collectifs.value = c
    lieux.value = l
    etablissements.value = e
    intervenants.value = i
    familles.value = f
    loaded.value = true
  }

  /** Loads the lists unless they are there; waits for a reload under way (after a write). */
  function ensure(): Promise<void> {
    if (loading) return loading
    if (loaded.value) return Promise.resolve()
    return track(load())
  }

  /** Remembers the load under way until it ends (unless a newer one replaced it). */
  function track(run: Promise<void>): Promise<void> {
    const tracked: Promise<void> = run.finally(() => {
      if (loading === tracked) loading = null
    })
    loading = tracked
    return tracked
  }

  api.onChange((name) => {
    if (IRRELEVANT(name)) return
    if (name.startsWith('app.') || name.startsWith('setup.')) {
      // Another database (demo, or back to the user's): the next screen loads it afresh.
      loaded.value = false
      return
    }
    if (loaded.value) void track(load().catch(() => undefined))
  })

  /** Another year chosen: the next screen loads its lists afresh. */
  function forget(): void {
    generation++
    loaded.value = false
    loading = null
  }

  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]))
  const collectifById = computed(() => byId(collectifs.value))
  const lieuById = computed(() => byId(lieux.value))
  const etablissementById = computed(() => byId(etablissements.value))
  const intervenantById = computed(() => byId(intervenants.value))
  const familleById = computed(() => byId(familles.value))

  return {
    collectifs, lieux, etablissements, intervenants, familles, loaded, ensure, reload: load, forget,
    collectifById, lieuById, etablissementById, intervenantById, familleById,
  }
})
