import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { MiddlewareHandler } from 'hono'

// Text is what compresses; images and fonts are compressed already. Small bodies are not worth it.
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml)|image\/svg\+xml)/
const MIN_BYTES = 1024

type Encoding = 'br' | 'gzip'

// A copy for each response: the server may take over (detach) the memory a body is given,
// which would leave a kept asset empty for the next client.
const bytes = (b: Buffer) => new Uint8Array(b)

function chosenEncoding(accept: string): Encoding | null {
  if (/\bbr\b/.test(accept)) return 'br'
  if (/\bgzip\b/.test(accept)) return 'gzip'
  return null
}

function compress(body: Buffer, encoding: Encoding): Buffer {
  // Quality 5: most of brotli's gain at a few milliseconds, so that even the first load is quick.
  return encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(body, { level: 6 })
}

/**
 * The renderer's files sent compressed (brotli, else gzip) to a client that accepts it: on a LAN or
 * an old laptop the first load is mostly bytes. The built assets carry their content hash in
 * their names and never change while the server runs: each is compressed once and kept.
 */
export function compressedAssets(): MiddlewareHandler {
  const kept = new Map<string, Buffer>()
  return async (c, next) => {
    await next()
    const res = c.res
    const encoding = chosenEncoding(c.req.header('accept-encoding') ?? '')
    if (c.req.method !== 'GET' || res.status !== 200 || !encoding || res.headers.has('content-encoding')) return
    if (!COMPRESSIBLE.test(res.headers.get('content-type') ?? '')) return
    const body = Buffer.from(await res.arrayBuffer())
    // Hono copies the replaced response's headers onto the new one: its length would override ours.
    res.headers.delete('content-length')
    const headers = new Headers(res.headers)
    headers.append('vary', 'accept-encoding')
    if (body.length < MIN_BYTES) {
      c.res = new Response(bytes(body), { status: res.status, headers })
      return
    }
    const immutable = c.req.path.startsWith('/assets/')
    const key = `${encoding} ${c.req.path}`
    let packed = immutable ? kept.get(key) : undefined
    if (!packed) {
      packed = compress(body, encoding)
      if (immutable) kept.set(key, packed)
    }
    headers.set('content-encoding', encoding)
    headers.set('content-length', String(packed.length))
    c.res = new Response(bytes(packed), { status: res.status, headers })
  }
}
