/** Every IPC channel name, in one place. */
export const CHANNELS = {
  call: 'clas:call',
  /** Main → windows: a write made by another window (or another program on the file). */
  change: 'clas:change',
  /** Window → main: open the native « choose a folder » dialog (desktop only). */
  chooseFolder: 'clas:choose-folder',
} as const
