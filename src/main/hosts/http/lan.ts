import { hostname, networkInterfaces } from 'node:os'
import type { Workspace } from '../../workspace'
import { countActiveCoordinators } from '../../store/repos/comptes'

/** This machine's addresses on the networks it is connected to (not the loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => !a.internal && !(a.family === 'IPv6' && a.address.startsWith('fe80')))
    .map((a) => a.address)
}

/** How other machines may name us in the Host header: anything else is refused (DNS rebinding). */
export function lanAllowedHosts(addresses = lanAddresses(), name = hostname()): string[] {
  const names = name ? [name.toLowerCase(), `${name.toLowerCase()}.local`] : []
  return [...new Set(['127.0.0.1', 'localhost', ...names, ...addresses.map((a) => (a.includes(':') ? `[${a}]` : a))])]
}

/**
 * Why the base may not be served on the network, in French; null when it may. Without a
 * coordinator's account, any machine of the network would get every child's data, unasked.
 */
export function lanRefusal(workspace: Workspace | null): string | null {
  if (!workspace) return "Le mode réseau (--lan) demande une base qui s'ouvre : démarrez sans --lan pour la réparer ou restaurer une sauvegarde."
  if (workspace.isDemo || countActiveCoordinators(workspace.context().db) === 0) {
    return "Le mode réseau (--lan) demande un compte de coordination protégé par un mot de passe : créez-le d'abord dans Paramètres (clas serve, sans --lan), puis relancez avec --lan."
  }
  return null
}

/** Printed when the app is served on the network. */
export function lanWarning(urls: string[]): string {
  return [
    'Attention : mode réseau. Clas est accessible depuis les autres appareils du réseau local :',
    ...urls.map((u) => `  ${u}`),
    "Chaque appel demande une session (nom et mot de passe ; un code PIN ne suffit pas depuis un autre appareil).",
    "Les échanges ne sont pas chiffrés (HTTP) : n'utilisez ce mode que sur un réseau de confiance, jamais sur un Wi-Fi public, et arrêtez-le (Ctrl+C) dès qu'il ne sert plus.",
  ].join('\n')
}
