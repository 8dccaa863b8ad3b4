import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '../api/client'
import type { AppStatus } from '../../../shared/contract'
import { setServerClock } from '../lib/today'

/** Is the association set up, is the demo open: asked once at start, updated by the calls that change it. */
export const useAppStatus = defineStore('app-status', () => {
  const status = ref<AppStatus | null>(null)
  let loading: Promise<AppStatus> | null = null

  async function load(): Promise<AppStatus> {
    loading ??= api.call('app.status', {}).then(
      (s) => (set(s), s),
      (error: unknown) => {
        loading = null
        throw error
      },
    )
    return loading
  }

  /** Asked again (another year chosen: its dates and zone). */
  async function refresh(): Promise<AppStatus> {
    const next = await api.call('app.status', {})
    set(next)
    return next
  }

  function set(next: AppStatus): void {
    setServerClock(next.clock)
    status.value = next
    loading = Promise.resolve(next)
  }

  async function openDemo(): Promise<void> {
    set(await api.call('app.openDemo', {}))
  }

  async function leaveDemo(): Promise<void> {
    set(await api.call('app.leaveDemo', {}))
  }

  return { status, load, refresh, set, openDemo, leaveDemo }
})
