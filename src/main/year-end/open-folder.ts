let opener: ((path: string) => Promise<string>) | null = null

/**
 * The desktop app opens the finished folder in the system's file manager (Electron's
 * `shell.openPath`, which answers '' on success, else why it failed); other hosts have none.
 */
export function useFolderOpener(open: (path: string) => Promise<string>): void {
  opener = open
}

/** True when the folder was opened; false where this host cannot open folders (a browser downloads the .zip instead). */
export async function openFolder(path: string): Promise<boolean> {
  if (!opener) return false
  const failure = await opener(path)
  return failure === ''
}
