import { mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ANNEE, STRUCTURE } from '../../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../../tests/helpers/workspace'
import { createHttpApp, startHttpServer } from './server'

let t: TestWorkspace
let rendererDir: string
beforeEach(() => {
  t = tempWorkspace()
  rendererDir = join(t.dir, 'renderer')
  mkdirSync(join(rendererDir, 'assets'), { recursive: true })
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Clas</title><div id="app"></div>')
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
})
afterEach(() => t.cleanup())

const app = () => createHttpApp({ dispatch: t.dispatch, rendererDir, allowedHosts: ['127.0.0.1', 'localhost'] })
const post = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  app().request(`http://127.0.0.1/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: '127.0.0.1:4780', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('HTTP host', () => {
  it('answers the contract’s calls and writes through the same services', async () => {
    const status = await post('app.status', {})
    expect(status.status).toBe(200)
    expect(await status.json()).toEqual({ result: { configured: false, demo: false, structureNom: null, annee: null, clock: { today: '2025-11-20', fixed: true } } })
    const created = await post('setup.create', { structure: STRUCTURE, anneeScolaire: ANNEE })
    expect(created.status).toBe(200)
    expect(t.call('app.status').configured).toBe(true)
  })

  it('refuses bad input with a French message naming the field (400), unknown calls (404), conflicts (409)', async () => {
    const bad = await post('setup.create', { structure: { ...STRUCTURE, departementCaf: 'Ain' }, anneeScolaire: ANNEE })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({
      error: { code: 'validation', field: 'structure.departementCaf', message: expect.stringMatching(/^structure\.departementCaf : « Ain » n'est pas un département/) },
    })
    expect(t.call('app.status').configured).toBe(false)
    expect((await post('enfants.supprimerTout', {})).status).toBe(404)
    expect((await post('collectifs.list', {})).status).toBe(409)
    const notJson = await post('app.status', '{ oups')
    expect(notJson.status).toBe(400)
    expect(((await notJson.json()) as { error: { message: string } }).error.message).toMatch(/JSON valide/)
  })

  it('refuses requests a hostile page could forge: other content types, other Host names, GET on the API', async () => {
    expect((await post('app.status', 'a=1', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415)
    expect((await post('app.status', {}, { host: 'attaquant.example:4780' })).status).toBe(403)
    const get = await app().request('http://127.0.0.1/api/app.status', { headers: { host: '127.0.0.1' } })
    expect(get.status).toBe(405)
  })

  it('serves the renderer with a strict Content-Security-Policy, and nothing outside its folder', async () => {
    const index = await app().request('http://127.0.0.1/', { headers: { host: '127.0.0.1' } })
    expect(index.status).toBe(200)
    expect(index.headers.get('content-security-policy')).toMatch(/default-src 'self'/)
    expect(await index.text()).toContain('<div id="app">')
    const asset = await app().request('http://127.0.0.1/assets/app.js', { headers: { host: '127.0.0.1' } })
    expect(await asset.text()).toBe('console.log(1)')
    const escape = await app().request('http://127.0.0.1/assets/..%2f..%2fclas.sqlite', { headers: { host: '127.0.0.1' } })
    expect(await escape.text()).not.toContain('SQLite format')
  })

  it('sends the renderer compressed (brotli, else gzip) to a client that accepts it, never the API', async () => {
    const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, nom: 'Collectif ${i}' }`).join(', ')}]\n`
    writeFileSync(join(rendererDir, 'assets', 'big.js'), script)
    const get = (path: string, accept?: string) => app().request(`http://127.0.0.1${path}`, { headers: { host: '127.0.0.1', ...(accept ? { 'accept-encoding': accept } : {}) } })
    const br = await get('/assets/big.js', 'gzip, deflate, br')
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i)
    const packed = Buffer.from(await br.arrayBuffer())
    expect(packed.length).toBeLessThan(script.length / 4)
    expect(brotliDecompressSync(packed).toString()).toBe(script)
    // Asked again: the same bytes, kept from the first time.
    expect(Buffer.from(await (await get('/assets/big.js', 'br')).arrayBuffer()).equals(packed)).toBe(true)
    const gz = await get('/assets/big.js', 'gzip')
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script)
    const plain = await get('/assets/big.js')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe(script)
    // A body too small to gain anything is sent as it is.
    expect((await get('/assets/app.js', 'br')).headers.get('content-encoding')).toBeNull()
    const api = await post('app.status', {}, { 'accept-encoding': 'br' })
    expect(api.headers.get('content-encoding')).toBeNull()

    // Over a real socket, twice on one connection: the length sent is that of the compressed bytes.
    const server = await startHttpServer({ dispatch: t.dispatch, rendererDir, port: 0 })
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      for (let i = 0; i < 2; i++) {
        const { headers, body } = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
          http.get(`${server.url}assets/big.js`, { agent, headers: { 'accept-encoding': 'br' } }, (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
          }).on('error', reject)
        })
        expect(headers['content-encoding']).toBe('br')
        expect(Number(headers['content-length'])).toBe(body.length)
        expect(brotliDecompressSync(body).toString()).toBe(script)
      }
    } finally {
      agent.destroy()
      await server.close()
    }
  })

  it('listens on 127.0.0.1 and answers a real HTTP client', async () => {
    const server = await startHttpServer({ dispatch: t.dispatch, rendererDir, port: 0 })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
      const res = await fetch(`${server.url}api/app.status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      expect(((await res.json()) as { result: { configured: boolean } }).result.configured).toBe(false)
    } finally {
      await server.close()
    }
  })
})
