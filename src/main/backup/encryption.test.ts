import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { BackupError } from './backup-error'
import { decryptBackup, deriveNewKey, encryptBackup, isEncryptedBackup } from './encryption'

const PASS = 'le moulin tourne au vent'
const FAST = { log2N: 12, r: 8, p: 1 }

const reason = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return e instanceof BackupError ? `${e.reason}: ${e.message}` : `other: ${(e as Error).message}`
  }
  return 'accepted'
}

describe('backup encryption (AES-256-GCM, key from scrypt)', () => {
  const plain = Buffer.concat([Buffer.from('SQLite format 3\0'), randomBytes(20_000)])
  const key = deriveNewKey(PASS, FAST)
  const sealed = encryptBackup(plain, key)

  it('gives back the exact bytes with the passphrase, and hides them without it', () => {
    expect(isEncryptedBackup(sealed)).toBe(true)
    expect(sealed.includes(plain.subarray(0, 64))).toBe(false)
    expect(decryptBackup(sealed, PASS, 'b.sqlite.chiffre').equals(plain)).toBe(true)
    // a fresh IV each time: two backups of the same data do not look alike
    expect(encryptBackup(plain, key).subarray(80).equals(sealed.subarray(80))).toBe(false)
  })

  it('the default derivation works with the default parameters', () => {
    const k = deriveNewKey(PASS)
    expect(k.key).toHaveLength(32)
    expect(decryptBackup(encryptBackup(plain, k), PASS, 'x').equals(plain)).toBe(true)
  })

  it('refuses a wrong passphrase, saying so', () => {
    expect(reason(() => decryptBackup(sealed, 'le moulin tourne au vent.', 'b.sqlite.chiffre'))).toMatch(/^wrong_passphrase: Phrase de passe incorrecte/)
  })

  it('refuses a file with one byte changed, in the data or in the header', () => {
    for (const offset of [sealed.length - 1, 100, 44 /* IV */, 64 /* tag */]) {
      const copy = Buffer.from(sealed)
      copy[offset] ^= 0x01
      expect(reason(() => decryptBackup(copy, PASS, 'b'))).toMatch(/^tampered: .*modifiée ou est endommagée/)
    }
  })

  it('refuses a truncated file', () => {
    expect(reason(() => decryptBackup(sealed.subarray(0, sealed.length - 10), PASS, 'b'))).toMatch(/^truncated: .*incomplète/)
    expect(reason(() => decryptBackup(sealed.subarray(0, 40), PASS, 'b'))).toMatch(/^truncated: /)
  })

  it('refuses a passphrase shorter than 12 characters', () => {
    expect(reason(() => deriveNewKey('court'))).toMatch(/^weak_passphrase: .*12 caractères/)
  })
})
