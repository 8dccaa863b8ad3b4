import { request } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { COORDINATION, createAccounts, hostDispatcher } from '../../../../tests/helpers/accounts'
import { seedAssociation } from '../../../../tests/helpers/association'
import { tempWorkspace, type TestWorkspace } from '../../../../tests/helpers/workspace'
import { LargeBodySlots } from './body-admission'
import { startHttpServer, type RunningServer } from './server'

let t: TestWorkspace
let server: RunningServer | null = null
beforeEach(() => (t = tempWorkspace()))
afterEach(async () => {
  await server?.close()
  server = null
  t.cleanup()
})

const MB = 1024 * 1024

interface Upload {
  /** Resolves with the answer, and how many bytes of the body had been sent when it came. */
  answer: Promise<{ status: number; message: string; sentBeforeAnswer: number }>
  /** Sends the rest of the body (an upload started with `hold`). */
  finish(): void
}

/**
 * A JSON body of `bytes` sent in 64 KB pieces, as fast as the server takes them: the client
 * never holds it whole, so the memory measured is the server's. `hold`: only the first piece
 * is sent until `finish()`.
 */
function upload(url: string, bytes: number, { cookie, chunked = false, hold = false }: { cookie?: string; chunked?: boolean; hold?: boolean } = {}): Upload {
  const piece = Buffer.alloc(64 * 1024, 'a')
  const head = Buffer.from('{"x":"')
  const tail = Buffer.from('"}')
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...(chunked ? {} : { 'content-length': String(bytes) }) }
  const req = request(url, { method: 'POST', headers })
  let sent = 0
  let answered = false
  let holding = hold
  let held = false
  const write = () => {
    while (!answered && !held && sent < bytes) {
      const n = Math.min(piece.length, bytes - sent)
      const chunk = sent === 0 ? Buffer.concat([head, piece.subarray(head.length, n)]) : sent + n === bytes ? Buffer.concat([piece.subarray(0, n - tail.length), tail]) : piece.subarray(0, n)
      sent += n
      if (holding) held = true
      if (sent === bytes) req.end(chunk)
      else if (!req.write(chunk)) return void req.once('drain', write)
    }
  }
  const answer = new Promise<{ status: number; message: string; sentBeforeAnswer: number }>((resolve, reject) => {
    req.on('response', (res) => {
      answered = true
      const sentBeforeAnswer = sent
      const parts: Buffer[] = []
      res.on('data', (d: Buffer) => parts.push(d))
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, message: (JSON.parse(Buffer.concat(parts).toString() || '{}') as { error?: { message: string } }).error?.message ?? '', sentBeforeAnswer })
        // The rest of the body is not sent: the answer came first.
        req.destroy()
      })
    })
    req.on('error', (error) => {
      if (!answered) reject(error)
    })
  })
  write()
  return {
    answer,
    finish: () => {
      holding = false
      held = false
      write()
    },
  }
}

async function protectedServer() {
  seedAssociation(t, 1)
  await createAccounts(t, [])
  const host = hostDispatcher(t)
  const slots = new LargeBodySlots()
  server = await startHttpServer({ dispatch: host.dispatch, port: 0, largeBodies: slots })
  return { slots, url: (name: string) => `${server!.url}api/${name}` }
}

describe('request bodies before any session', () => {
  it('refuses 4 anonymous 60 MB requests sent at once before their upload ends, without reading them', async () => {
    const { url } = await protectedServer()
    const before = process.memoryUsage().rss
    let peak = before
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
    try {
      const answers = await Promise.all(Array.from({ length: 4 }, (_, i) => upload(url('session.ouvrir'), 60 * MB, { chunked: i === 3 }).answer))
      for (const a of answers) {
        expect(a.status).toBe(413)
        expect(a.message).toBe("La requête est trop volumineuse pour un appel sans session (8 Ko au plus) : identifiez-vous d'abord.")
        expect(a.sentBeforeAnswer).toBeLessThan(30 * MB)
      }
    } finally {
      clearInterval(sampler)
    }
    peak = Math.max(peak, process.memoryUsage().rss)
    // Four bodies read and parsed cost several hundred MB; refused unread, a few MB of buffers.
    expect((peak - before) / MB).toBeLessThan(60)
  })

  it('still lets the lock screen sign in, and someone signed in send a large body', async () => {
    const { url } = await protectedServer()
    const login = await fetch(url('session.ouvrir'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nom: COORDINATION.nom, secret: COORDINATION.secret }) })
    expect(login.status).toBe(200)
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
    const big = await upload(url('lieux.list'), 5 * MB, { cookie }).answer
    expect(big.status).toBe(200)
    expect(big.sentBeforeAnswer).toBe(5 * MB)
  })
})

describe('large bodies at once', () => {
  it('reads two at a time and asks the third to retry (429, in French); small calls go on meanwhile', async () => {
    const { url, slots } = await protectedServer()
    const login = await fetch(url('session.ouvrir'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nom: COORDINATION.nom, secret: COORDINATION.secret }) })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
    const first = upload(url('lieux.list'), 4 * MB, { cookie, hold: true })
    const second = upload(url('lieux.list'), 4 * MB, { cookie, chunked: true, hold: true })
    const deadline = Date.now() + 10_000
    while (slots.inUse < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5))
    expect(slots.inUse).toBe(2)

    const third = await upload(url('lieux.list'), 4 * MB, { cookie }).answer
    expect(third.status).toBe(429)
    expect(third.message).toBe("D'autres fichiers volumineux sont en cours d'envoi : réessayez dans un instant.")
    const small = await fetch(url('lieux.list'), { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{}' })
    expect(small.status).toBe(200)

    first.finish()
    second.finish()
    expect((await first.answer).status).toBe(200)
    expect((await second.answer).status).toBe(200)
    expect(slots.inUse).toBe(0)
    expect((await upload(url('lieux.list'), 4 * MB, { cookie }).answer).status).toBe(200)
  })
})
