/**
 * The native « choose a folder » dialog of the desktop app (closing folder, backup folder).
 * Kept apart from Electron: it takes the `dialog` module and the window, so a test drives it
 * with a fake. The browser host has no such dialog: its page types the path.
 */

/** What a window asks the folder for; the dialog's words are chosen here, not by the page. */
export const FOLDER_PURPOSES = {
  cloture: { title: 'Choisir le dossier de la clôture', message: "Le dossier « cloture-AAAA-AAAA » et son .zip y seront créés." },
  sauvegardes: { title: 'Choisir le dossier des sauvegardes', message: "Les sauvegardes de la base y seront écrites (une clé USB convient)." },
} as const

export type FolderPurpose = keyof typeof FOLDER_PURPOSES

/** Electron's OpenDialogOptions, as far as the folder dialog uses them. */
export interface FolderDialogOptions {
  title: string
  message: string
  buttonLabel: string
  defaultPath?: string
  properties: ('openDirectory' | 'createDirectory')[]
}

/** What chooseFolder needs of Electron's `dialog` module (`W` is the BrowserWindow). */
export interface FolderDialog<W> {
  showOpenDialog(window: W, options: FolderDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
}

/** What the page sends: untrusted, read with care. */
export interface FolderRequest {
  usage?: unknown
  depuis?: unknown
}

/** A path longer than this is no path the person typed: the dialog opens where it likes. */
const MAX_PATH = 4096

export function folderDialogOptions(request: FolderRequest): FolderDialogOptions | null {
  const usage = typeof request.usage === 'string' && Object.hasOwn(FOLDER_PURPOSES, request.usage) ? (request.usage as FolderPurpose) : null
  if (!usage) return null
  const depuis = typeof request.depuis === 'string' ? request.depuis.trim() : ''
  return {
    ...FOLDER_PURPOSES[usage],
    buttonLabel: 'Choisir ce dossier',
    // The field's current path, if any: the dialog opens there (Electron ignores one that does not exist).
    ...(depuis !== '' && depuis.length <= MAX_PATH ? { defaultPath: depuis } : {}),
    properties: ['openDirectory', 'createDirectory'],
  }
}

/**
 * Opens the dialog, modal to the window that asked; the chosen folder's full path, or null when
 * the person cancels (or the request names no known purpose: no dialog then).
 */
export async function chooseFolder<W>(dialog: FolderDialog<W>, window: W, request: FolderRequest): Promise<string | null> {
  const options = folderDialogOptions(request)
  if (!options) return null
  const answer = await dialog.showOpenDialog(window, options)
  return answer.canceled || answer.filePaths.length === 0 ? null : answer.filePaths[0]
}
