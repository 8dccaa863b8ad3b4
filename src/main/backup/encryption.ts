import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import { BackupError } from './backup-error'
import { MIN_PASSPHRASE_LENGTH } from '../../shared/contract/sauvegardes'

/**
 * Encrypted backup, version 2 (all integers big-endian):
 *
 *   0  magic "CLASSAUV"        8 bytes
 *   8  format version = 2      1
 *   9  scrypt log2(N), r, p    3
 *  12  scrypt salt            16
 *  28  key check              16   HMAC-SHA256(key, "verification")[0..16]: tells a wrong
 *                                  passphrase from a damaged file (GCM alone cannot)
 *  44  AES-256-GCM IV         12
 *  56  ciphertext length       8
 *  64  GCM auth tag           16
 *  80  header checksum        16   SHA-256(bytes 0..80)[0..16], no key: a damaged header is
 *                                  told as damaged before any key is derived (version 2 only)
 *  96  ciphertext
 *
 * Version 1 (still read) is the same without the checksum: its ciphertext starts at 80.
 * Bytes 0..64 are authenticated data: changing any header byte fails the tag as well.
 */
export const MAGIC = Buffer.from('CLASSAUV', 'ascii')
const VERSION = 2
const KEYED_HEADER = 80
const HEADER_BY_VERSION: Record<number, number> = { 1: KEYED_HEADER, 2: KEYED_HEADER + 16 }
const SALT = 16
const IV = 12

export interface ScryptParams {
  log2N: number
  r: number
  p: number
}

/** ≈ 0.2 s and 64 MiB per derivation: slow for someone trying passphrases on a lost USB key. */
export const DEFAULT_SCRYPT: ScryptParams = { log2N: 16, r: 8, p: 1 }

export interface BackupKey {
  salt: Buffer
  params: ScryptParams
  key: Buffer
}

export { MIN_PASSPHRASE_LENGTH }

/**
 * The costliest derivation a backup may ask for: what the app itself writes. A header asking
 * for more is forged or damaged, and honouring it would take minutes and gigabytes (N = 2^20,
 * r = 32, p = 4 is 4 GB and over a minute) before saying anything.
 */
export const MAX_SCRYPT: ScryptParams = DEFAULT_SCRYPT
const MIN_LOG2N = 10

function acceptable({ log2N, r, p }: ScryptParams): boolean {
  return log2N >= MIN_LOG2N && log2N <= MAX_SCRYPT.log2N && r >= 1 && r <= MAX_SCRYPT.r && p >= 1 && p <= MAX_SCRYPT.p
}

const headerChecksum = (header: Buffer) => createHash('sha256').update(header.subarray(0, KEYED_HEADER)).digest().subarray(0, 16)

function scrypt(passphrase: string, salt: Buffer, { log2N, r, p }: ScryptParams): Buffer {
  const N = 2 ** log2N
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r })
}

const keyCheck = (key: Buffer) => createHmac('sha256', key).update('verification').digest().subarray(0, 16)

/** A new key for a new passphrase (fresh salt). */
export function deriveNewKey(passphrase: string, params: ScryptParams = DEFAULT_SCRYPT): BackupKey {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new BackupError('weak_passphrase', `La phrase de passe doit compter au moins ${MIN_PASSPHRASE_LENGTH} caractères (une courte phrase facile à retenir convient).`)
  }
  const salt = randomBytes(SALT)
  return { salt, params, key: scrypt(passphrase, salt, params) }
}

export function isEncryptedBackup(head: Buffer): boolean {
  return head.length >= MAGIC.length && head.subarray(0, MAGIC.length).equals(MAGIC)
}

export function encryptBackup(plain: Buffer, { salt, params, key }: BackupKey): Buffer {
  const header = Buffer.alloc(HEADER_BY_VERSION[VERSION])
  MAGIC.copy(header, 0)
  header.writeUInt8(VERSION, 8)
  header.writeUInt8(params.log2N, 9)
  header.writeUInt8(params.r, 10)
  header.writeUInt8(params.p, 11)
  salt.copy(header, 12)
  keyCheck(key).copy(header, 28)
  const iv = randomBytes(IV)
  iv.copy(header, 44)
  header.writeBigUInt64BE(BigInt(plain.length), 56)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(header.subarray(0, 64))
  const body = Buffer.concat([cipher.update(plain), cipher.final()])
  cipher.getAuthTag().copy(header, 64)
  headerChecksum(header).copy(header, KEYED_HEADER)
  return Buffer.concat([header, body])
}

/** Decrypts a backup; any doubt about the file (passphrase, tampering, truncation) refuses it. */
export function decryptBackup(data: Buffer, passphrase: string, label: string): Buffer {
  if (!isEncryptedBackup(data)) throw new BackupError('unknown_format', `« ${label} » n'est pas une sauvegarde chiffrée de Clas.`)
  const damaged = () => new BackupError('tampered', `La sauvegarde « ${label} » a été modifiée ou est endommagée (en-tête abîmé) : rien n'a été restauré.`)
  if (data.length < KEYED_HEADER) throw new BackupError('truncated', `La sauvegarde « ${label} » est incomplète (fichier tronqué) : rien n'a été restauré.`)
  const version = data.readUInt8(8)
  const headerLength = HEADER_BY_VERSION[version]
  if (headerLength === undefined) {
    // A version byte above ours is a newer Clas; any other value (0) is damage.
    if (version > VERSION) throw new BackupError('unknown_format', `La sauvegarde « ${label} » a été chiffrée par une version plus récente de Clas : mettez l'application à jour.`)
    throw damaged()
  }
  if (data.length < headerLength) throw new BackupError('truncated', `La sauvegarde « ${label} » est incomplète (fichier tronqué) : rien n'a été restauré.`)
  if (headerLength > KEYED_HEADER && !timingSafeEqual(headerChecksum(data), data.subarray(KEYED_HEADER, headerLength))) throw damaged()
  const params: ScryptParams = { log2N: data.readUInt8(9), r: data.readUInt8(10), p: data.readUInt8(11) }
  if (!acceptable(params)) throw damaged()
  const length = data.readBigUInt64BE(56)
  if (BigInt(data.length - headerLength) < length) throw new BackupError('truncated', `La sauvegarde « ${label} » est incomplète (fichier tronqué) : rien n'a été restauré.`)
  if (BigInt(data.length - headerLength) > length) throw new BackupError('tampered', `La sauvegarde « ${label} » a été modifiée ou est endommagée : rien n'a été restauré.`)
  const key = scrypt(passphrase, data.subarray(12, 28), params)
  if (!timingSafeEqual(keyCheck(key), data.subarray(28, 44))) {
    throw new BackupError('wrong_passphrase', `Phrase de passe incorrecte pour la sauvegarde « ${label} » : rien n'a été restauré.`)
  }
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(44, 56))
  decipher.setAAD(data.subarray(0, 64))
  decipher.setAuthTag(data.subarray(64, 80))
  try {
    return Buffer.concat([decipher.update(data.subarray(headerLength)), decipher.final()])
  } catch {
    throw new BackupError('tampered', `La sauvegarde « ${label} » a été modifiée ou est endommagée (contrôle du chiffrement en échec) : rien n'a été restauré.`)
  }
}
