/** What a folder is chosen for: the dialog's title follows (hosts/electron/folder-dialog.ts). */
export type FolderPurpose = 'cloture' | 'sauvegardes'

export type PickFolder = (usage: FolderPurpose, depuis?: string) => Promise<string | null>

/**
 * The desktop app's native « choose a folder » dialog, or null in a browser: there the page is
 * served by `clas serve` and has no dialog onto the server's folders, so the path is typed.
 * Told by the preload bridge itself, not by guessing the host.
 */
export function folderPicker(): PickFolder | null {
  const bridge = typeof window !== 'undefined' ? window.clas : undefined
  const choose = bridge?.choisirDossier
  return typeof choose === 'function' ? (usage, depuis) => choose.call(bridge, usage, depuis) : null
}
