/** Why a backup or a restore was refused, in words for the coordinator. Nothing was changed. */
export class BackupError extends Error {
  constructor(
    readonly reason:
      | 'busy' | 'timeout' | 'invalid_copy' | 'not_a_database' | 'not_clas' | 'newer_version'
      | 'wrong_passphrase' | 'tampered' | 'truncated' | 'unknown_format' | 'passphrase_required'
      | 'weak_passphrase' | 'exists' | 'demo' | 'io',
    message: string,
  ) {
    super(message)
    this.name = 'BackupError'
  }
}
