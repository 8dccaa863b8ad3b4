import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/** How a secret was hashed, stored beside the hash so that the cost can be raised later. */
export interface ScryptParams {
  algo: 'scrypt'
  N: number
  r: number
  p: number
  keylen: number
}

/** ≈ 100 ms and 32 MiB on a modest laptop: slow for a guesser, quick enough for a person. */
export const SCRYPT_PARAMS: ScryptParams = { algo: 'scrypt', N: 2 ** 15, r: 8, p: 1, keylen: 32 }

export interface HashedSecret {
  hash: string
  sel: string
  /** JSON of ScryptParams. */
  params: string
}

// A secret typed on another keyboard may arrive decomposed (e + ◌́): the same text must match.
const normalized = (secret: string) => secret.normalize('NFC')

/** Always the asynchronous scrypt: the synchronous one would block every other request meanwhile. */
function derive(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const { N, r, p, keylen } = params
  return new Promise((resolve, reject) => {
    scrypt(normalized(secret), salt, keylen, { N, r, p, maxmem: 256 * N * r }, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

export async function hashSecret(secret: string, params: ScryptParams = SCRYPT_PARAMS): Promise<HashedSecret> {
  const salt = randomBytes(16)
  const key = await derive(secret, salt, params)
  return { hash: key.toString('base64'), sel: salt.toString('base64'), params: JSON.stringify(params) }
}

function parseParams(json: string): ScryptParams | null {
  try {
    const p = JSON.parse(json) as Partial<ScryptParams>
    const ok = p.algo === 'scrypt' && [p.N, p.r, p.p, p.keylen].every((n) => Number.isInteger(n) && (n as number) > 0)
      && (p.N as number) <= 2 ** 20 && ((p.N as number) & ((p.N as number) - 1)) === 0 && (p.keylen as number) <= 128
    return ok ? (p as ScryptParams) : null
  } catch {
    return null
  }
}

/** True when `secret` is the one hashed; compared in constant time. */
export async function verifySecret(secret: string, stored: HashedSecret): Promise<boolean> {
  const params = parseParams(stored.params)
  if (!params) return false
  const expected = Buffer.from(stored.hash, 'base64')
  const key = await derive(secret, Buffer.from(stored.sel, 'base64'), params)
  return key.length === expected.length && timingSafeEqual(key, expected)
}

let decoyHash: Promise<HashedSecret> | null = null

/**
 * The same work as a real check, for a name that matches no account: how long the answer takes
 * must not tell whether the name exists.
 */
export async function verifyNothing(secret: string): Promise<false> {
  decoyHash ??= hashSecret('clas-leurre')
  await verifySecret(secret, await decoyHash)
  return false
}
