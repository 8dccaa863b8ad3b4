import type { Fichier } from '../../../shared/contract/registres'

/**
 * Hands a file made by the app to the user. In Electron the download asks where to save it
 * (the folder the coordinator chooses); a browser puts it in its downloads folder.
 */
export function downloadFichier(fichier: Fichier): void {
  const bytes = Uint8Array.from(atob(fichier.base64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bytes], { type: fichier.type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fichier.nomFichier
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the URL by now; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
