import { createCipheriv, createDecipheriv, createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import { BackupError } from './backup-error'
import { MIN_PASSPHRASE_LENGTH } from '../../shared/contract/sauvegardes'

/**
 * Encrypted backup, version 1 (all integers big-endian):
 *
 *   0  magic "CLASSAUV"        8 bytes
 *   8  format version = 1      1
 *   9  scrypt log2(N), r, p    3
 *  12  scrypt salt            16
 *  28  key check              16   HMAC-SHA256(key, "verification")[0..16]: tells a wrong
 *                                  passphrase from a damaged file (GCM alone cannot)
 *  44  AES-256-GCM IV         12
 *  56  ciphertext length       8
 *  64  GCM auth tag           16
 *  80  ciphertext
 *
 * Bytes 0..64 are authenticated data: changing any header byte fails the tag as well.
 */
export const MAGIC = Buffer.from('CLASSAUV', 'ascii')
const VERSION = 1
const HEADER = 80
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
  const header = Buffer.alloc(HEADER)
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
  return Buffer.concat([header, body])
}

/** Decrypts a backup; any doubt about the file (passphrase, tampering, truncation) refuses it. */
export function decryptBackup(data: Buffer, passphrase: string, label: string): Buffer {
  if (!isEncryptedBackup(data)) throw new BackupError('unknown_format', `« ${label} » n'est pas une sauvegarde chiffrée de Clas.`)
  if (data.length < HEADER) throw new BackupError('truncated', `La sauvegarde « ${label} » est incomplète (fichier tronqué) : rien n'a été restauré.`)
  if (data.readUInt8(8) !== VERSION) {
    throw new BackupError('unknown_format', `La sauvegarde « ${label} » a été chiffrée par une version plus récente de Clas : mettez l'application à jour.`)
  }
  const params: ScryptParams = { log2N: data.readUInt8(9), r: data.readUInt8(10), p: data.readUInt8(11) }
  // Bounds keep a forged header from making us allocate gigabytes.
  if (params.log2N < 10 || params.log2N > 20 || params.r < 1 || params.r > 32 || params.p < 1 || params.p > 4) {
    throw new BackupError('tampered', `La sauvegarde « ${label} » a été modifiée ou est endommagée : rien n'a été restauré.`)
  }
  const length = data.readBigUInt64BE(56)
  if (BigInt(data.length - HEADER) < length) throw new BackupError('truncated', `La sauvegarde « ${label} » est incomplète (fichier tronqué) : rien n'a été restauré.`)
  if (BigInt(data.length - HEADER) > length) throw new BackupError('tampered', `La sauvegarde « ${label} » a été modifiée ou est endommagée : rien n'a été restauré.`)
  const key = scrypt(passphrase, data.subarray(12, 28), params)
  if (!timingSafeEqual(keyCheck(key), data.subarray(28, 44))) {
    throw new BackupError('wrong_passphrase', `Phrase de passe incorrecte pour la sauvegarde « ${label} » : rien n'a été restauré.`)
  }
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(44, 56))
  decipher.setAAD(data.subarray(0, 64))
  decipher.setAuthTag(data.subarray(64, 80))
  try {
    return Buffer.concat([decipher.update(data.subarray(HEADER)), decipher.final()])
  } catch {
    throw new BackupError('tampered', `La sauvegarde « ${label} » a été modifiée ou est endommagée (contrôle du chiffrement en échec) : rien n'a été restauré.`)
  }
}
