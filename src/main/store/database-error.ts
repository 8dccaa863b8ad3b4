/** Why a database file cannot be opened, in words for the coordinator. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: 'newer_version' | 'drifted' | 'corrupt' | 'locked' | 'unreadable' | 'backup_failed' | 'readonly',
    message: string,
  ) {
    super(message)
    this.name = 'DatabaseOpenError'
  }
}
