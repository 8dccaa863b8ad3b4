import { createCipheriv, createHash, createHmac, randomBytes } from 'node:crypto'
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

  /** The same header with other bytes, its checksum made again: what a forger would do. */
  const forged = (change: (header: Buffer) => void) => {
    const copy = Buffer.from(sealed)
    change(copy)
    createHash('sha256').update(copy.subarray(0, 80)).digest().subarray(0, 16).copy(copy, 80)
    return copy
  }

  it('refuses, as damaged and at once, a header asking for a costlier derivation than the app writes', () => {
    for (const [log2N, r, p] of [[18, 8, 1], [16, 9, 1], [16, 8, 2], [9, 8, 1], [16, 0, 1]]) {
      const copy = forged((h) => {
        h[9] = log2N
        h[10] = r
        h[11] = p
      })
      const started = Date.now()
      expect(reason(() => decryptBackup(copy, PASS, 'b'))).toMatch(/^tampered: .*endommagée/)
      // no key was derived: scrypt at 2^18 alone takes about a second
      expect(Date.now() - started).toBeLessThan(500)
    }
  })

  it('tells a damaged header from a wrong passphrase (salt, key check, version)', () => {
    for (const offset of [12 /* salt */, 30 /* key check */, 8 /* version */, 85 /* checksum */]) {
      const copy = Buffer.from(sealed)
      copy[offset] = offset === 8 ? 0 : copy[offset] ^ 0x01
      expect(reason(() => decryptBackup(copy, PASS, 'b'))).toMatch(/^tampered: .*endommagée/)
    }
  })

  it('still reads backups of format version 1 (no header checksum)', () => {
    const header = Buffer.alloc(80)
    header.write('CLASSAUV', 0, 'ascii')
    header.writeUInt8(1, 8)
    header.writeUInt8(FAST.log2N, 9)
    header.writeUInt8(FAST.r, 10)
    header.writeUInt8(FAST.p, 11)
    key.salt.copy(header, 12)
    createHmac('sha256', key.key).update('verification').digest().subarray(0, 16).copy(header, 28)
    const iv = randomBytes(12)
    iv.copy(header, 44)
    header.writeBigUInt64BE(BigInt(plain.length), 56)
    const cipher = createCipheriv('aes-256-gcm', key.key, iv)
    cipher.setAAD(header.subarray(0, 64))
    const body = Buffer.concat([cipher.update(plain), cipher.final()])
    cipher.getAuthTag().copy(header, 64)
    expect(decryptBackup(Buffer.concat([header, body]), PASS, 'v1').equals(plain)).toBe(true)
  })
})
