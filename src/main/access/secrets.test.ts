import { describe, expect, it } from 'vitest'
import { hashSecret, SCRYPT_PARAMS, verifyNothing, verifySecret } from './secrets'
import { secretProblem } from '../../shared/access/secret-rules'

describe('secrets', () => {
  it('hashes with scrypt (N = 2^15, r = 8, p = 1, 32 bytes) and a random 16-byte salt, never keeping the secret', async () => {
    const a = await hashSecret('Clé-du-local-3')
    const b = await hashSecret('Clé-du-local-3')
    expect(JSON.parse(a.params)).toEqual({ algo: 'scrypt', N: 32768, r: 8, p: 1, keylen: 32 })
    expect(SCRYPT_PARAMS.N).toBe(2 ** 15)
    expect(Buffer.from(a.sel, 'base64')).toHaveLength(16)
    expect(Buffer.from(a.hash, 'base64')).toHaveLength(32)
    expect(a.sel).not.toBe(b.sel)
    expect(a.hash).not.toBe(b.hash)
    expect(JSON.stringify(a)).not.toContain('Clé-du-local-3')
  })

  it('recognises the right secret only, whatever the Unicode form it was typed in', async () => {
    const stored = await hashSecret('Cl\u00e9-du-local-3')
    expect(await verifySecret('Cl\u00e9-du-local-3', stored)).toBe(true)
    expect(await verifySecret('Cle\u0301-du-local-3', stored)).toBe(true)
    expect(await verifySecret('Clé-du-local-4', stored)).toBe(false)
    expect(await verifySecret('', stored)).toBe(false)
    expect(await verifySecret('Clé-du-local-3', { ...stored, params: '{"algo":"md5"}' })).toBe(false)
    expect(await verifyNothing('Clé-du-local-3')).toBe(false)
  })

  it('hashes without blocking the event loop (scrypt asynchronous)', async () => {
    let ticks = 0
    const timer = setInterval(() => ticks++, 1)
    try {
      await Promise.all([hashSecret('Un-secret-1'), hashSecret('Un-secret-2'), hashSecret('Un-secret-3')])
    } finally {
      clearInterval(timer)
    }
    expect(ticks).toBeGreaterThan(3)
  })
})

describe('secret rules (CNIL: 8 characters of 3 kinds with lock-out; PIN with lock-out)', () => {
  it.each([
    ['mot_de_passe', 'Soleil2025', null],
    ['mot_de_passe', 'soleil-2025', null],
    ['mot_de_passe', 'soleil2025', /trois sortes/],
    ['mot_de_passe', 'Sol-25', /au moins 8/],
    ['pin', '493817', null],
    ['pin', '4938', /de 6 à 12 chiffres/],
    ['pin', '49381a', /que des chiffres/],
    ['pin', '111111', /trop facile/],
    ['pin', '654321', /trop facile/],
  ] as const)('%s « %s »', (type, secret, problem) => {
    const found = secretProblem(type, secret)
    if (problem === null) expect(found).toBeNull()
    else expect(found).toMatch(problem)
  })
})
