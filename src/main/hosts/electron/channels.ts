/** Every IPC channel name, in one place. */
export const CHANNELS = {
  call: 'clas:call',
} as const
