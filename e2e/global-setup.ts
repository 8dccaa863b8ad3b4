import { existsSync } from 'node:fs'
import { ensureRendererBuilt } from '../src/main/hosts/http/ensure-renderer'
import { root } from './support/host'

/** Builds the renderer once for the whole run (when stale), as the HTTP host would. */
export default function globalSetup(): void {
  if (!existsSync('/usr/lib/chromium/locales/fr.pak')) {
    console.warn("Chromium n'a pas ses ressources françaises : les champs de date s'afficheront en mm/dd/yyyy (apt-get install -y chromium-l10n).")
  }
  ensureRendererBuilt(root, (line) => console.log(line))
}
