import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '../api/client'
import type { CallName } from '../../../shared/contract'
import { CALL_POLICY } from '../../../shared/contract/policy'
import { useAnnee } from './annee'
import { useCloture } from './cloture'
import type { SessionEtat } from '../../../shared/contract/comptes'

const MINUTES_KEY = 'clas.verrouillage.minutes'
export const MINUTES_PAR_DEFAUT = 10

/** The inactivity delay is this laptop's setting, kept by the browser (or Electron) rather than the base. */
function storedMinutes(): number {
  const n = Number(globalThis.localStorage?.getItem(MINUTES_KEY))
  return Number.isInteger(n) && n >= 1 && n <= 240 ? n : MINUTES_PAR_DEFAUT
}

/**
 * Who is at the keyboard: the lock screen shows when the base has accounts and nobody is logged
 * in (at start, after « Verrouiller », after inactivity, or when the main process says the
 * session is over). Without accounts, everything stays open as before.
 */
export const useSession = defineStore('session', () => {
  const etat = ref<SessionEtat | null>(null)
  const minutes = ref(storedMinutes())
  /**
   * The last person logged in on this page: the screens are theirs, kept (hidden) under the lock
   * screen and found again as they were if the same person comes back; null until someone logs in.
   */
  const owner = ref<string | null>(null)

  const locked = computed(() => etat.value !== null && etat.value.protege && etat.value.compte === null)
  const compte = computed(() => etat.value?.compte ?? null)
  /** Everything is allowed: the coordination, or a base without accounts. */
  const coordination = computed(() => !etat.value?.protege || etat.value.compte?.role === 'coordinateur')

  /**
   * Whether this session may make `call` whatever its input: the main process's rules, given
   * with the session state, never restated here. Without an answer yet, nothing is offered.
   */
  const annee = useAnnee()
  const cloture = useCloture()
  /**
   * A past year is read-only whoever looks at it, and so is a closed one until it is reopened:
   * the main process refuses their writes, so the screens do not offer them.
   */
  const ecritureRefusee = (call: CallName) => {
    const { readOnly, baseWide, allowedWhileClosed } = CALL_POLICY[call]
    if (readOnly) return false
    if (annee.passee) return !baseWide
    return Boolean(cloture.etat?.clotureeLe) && !allowedWhileClosed
  }
  const peut = (call: CallName): boolean => !ecritureRefusee(call) && (etat.value?.droits.appels.includes(call) ?? false)
  /** Whether the séances and the registers of this collectif are this session's to write. */
  const peutTenir = (collectifId: string): boolean => {
    if (annee.passee || cloture.etat?.clotureeLe) return false
    const collectifs = etat.value?.droits.collectifs
    return collectifs === null || (collectifs?.includes(collectifId) ?? false)
  }

  function set(next: SessionEtat): SessionEtat {
    etat.value = next
    if (next.compte) owner.value = next.compte.id
    return next
  }

  async function load(): Promise<SessionEtat> {
    return set(await api.call('session.etat', {}))
  }

  async function ouvrir(input: { compteId?: string; nom?: string; secret: string }): Promise<SessionEtat> {
    return set(await api.call('session.ouvrir', input))
  }

  /** Locks now: the session ends on the main process's side too. */
  async function verrouiller(): Promise<void> {
    const before = etat.value
    if (!before?.protege) return
    // The answer brings the names as they are now (an account may have been created meanwhile).
    etat.value = await api.call('session.fermer', {}).catch(() => ({ ...before, compte: null, droits: { appels: [], collectifs: [] } }))
  }

  function setMinutes(n: number): void {
    minutes.value = n
    globalThis.localStorage?.setItem(MINUTES_KEY, String(n))
  }

  /** A call refused for want of a session: the lock screen, with the names fetched again. */
  api.onError((error) => {
    if (error.code !== 'unauthorized' || !etat.value) return
    etat.value = { ...etat.value, protege: true, compte: null, droits: { appels: [], collectifs: [] } }
    void load().catch(() => undefined)
  })

  return { etat, owner, locked, compte, coordination, peut, peutTenir, minutes, set, load, ouvrir, verrouiller, setMinutes }
})
