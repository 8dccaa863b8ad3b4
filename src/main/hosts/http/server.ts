import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { API_ERROR_STATUS, ApiError } from '../../../shared/contract/errors'
import type { Dispatch } from '../../api/dispatch'

export interface HttpAppOptions {
  dispatch: Dispatch
  /** Built renderer to serve; none means API only. */
  rendererDir?: string | null
  /** Host names the browser may use to reach us (defends against DNS rebinding). */
  allowedHosts?: string[]
}

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

function errorResponse(error: ApiError) {
  return { body: { error: error.toBody() }, status: API_ERROR_STATUS[error.code] }
}

/** The browser host: the contract's calls as `POST /api/<call>`, and the built renderer. */
export function createHttpApp({ dispatch, rendererDir, allowedHosts }: HttpAppOptions): Hono {
  const app = new Hono()

  app.use('*', async (c, next) => {
    const host = (c.req.header('host') ?? '').replace(/:\d+$/, '')
    if (allowedHosts && !allowedHosts.includes(host)) return c.text('Hôte non autorisé.', 403)
    await next()
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Referrer-Policy', 'no-referrer')
  })

  app.post(
    '/api/:name',
    bodyLimit({ maxSize: 64 * 1024 * 1024, onError: (c) => c.json({ error: { code: 'validation', message: 'La requête est trop volumineuse (64 Mo au plus).' } }, 413) }),
    async (c) => {
      // A cross-site form cannot send JSON without a preflight we never grant: requiring it blocks CSRF.
      if (!(c.req.header('content-type') ?? '').startsWith('application/json')) {
        return c.json({ error: { code: 'validation', message: 'Les appels doivent être envoyés en JSON (content-type: application/json).' } }, 415)
      }
      let input: unknown
      try {
        input = await c.req.json()
      } catch {
        return c.json({ error: { code: 'validation', message: "Le corps de la requête n'est pas du JSON valide." } }, 400)
      }
      try {
        // Awaited: a read-only call may answer with a promise (a file being built).
        return c.json({ result: await dispatch(c.req.param('name'), input) })
      } catch (error) {
        const { body, status } = errorResponse(error instanceof ApiError ? error : new ApiError({ code: 'internal', message: "Une erreur inattendue s'est produite." }))
        return c.json(body, status)
      }
    },
  )
  app.all('/api/*', (c) => c.json({ error: { code: 'unknown_call', message: 'Les appels se font en POST sur /api/<appel>.' } }, 405))

  if (rendererDir) {
    const indexHtml = readFileSync(join(rendererDir, 'index.html'), 'utf8')
    const sendIndex = () => new Response(indexHtml, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'cache-control': 'no-store' } })
    app.get('/', sendIndex)
    app.get('/index.html', sendIndex)
    app.use('/*', serveStatic({ root: rendererDir }))
    app.get('*', sendIndex)
  }
  return app
}

export interface RunningServer {
  url: string
  port: number
  close(): Promise<void>
}

/** Listens on 127.0.0.1 only: the registers of minors never leave the machine by default. */
export function startHttpServer(options: HttpAppOptions & { port: number; hostname?: string }): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1'
  const allowedHosts = options.allowedHosts ?? ['127.0.0.1', 'localhost']
  const app = createHttpApp({ ...options, allowedHosts })
  return new Promise((resolve, reject) => {
    let server: ServerType
    try {
      server = serve({ fetch: app.fetch, port: options.port, hostname }, (info: AddressInfo) => {
        resolve({
          url: `http://${hostname}:${info.port}/`,
          port: info.port,
          close: () => new Promise<void>((done) => server.close(() => done())),
        })
      })
      server.on('error', reject)
    } catch (error) {
      reject(error)
    }
  })
}
