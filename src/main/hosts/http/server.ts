import { readFileSync } from 'node:fs'
import type { IncomingMessage, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { compressedAssets } from './compressed-assets'
import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { API_ERROR_STATUS, ApiError, type ApiErrorBody } from '../../../shared/contract/errors'
import type { Dispatch } from '../../api/dispatch'
import { dureeFr } from '../../access/lockout'
import type { Caller } from '../../access/sessions'
import { ANONYMOUS_BODY_MAX, BODY_MAX, LARGE_BODY, LargeBodySlots, mayUpload } from './body-admission'
import { LoginLimiter, loginTarget } from './login-limit'
import type { ChangeFeed } from '../../changes/change-feed'
import { changeStream, clientIdOf } from './events'
import { YEAR_HEADER } from '../../../shared/years/past-year'

export interface HttpAppOptions {
  dispatch: Dispatch
  /** Built renderer to serve; none means API only. */
  rendererDir?: string | null
  /** Host names the browser may use to reach us (defends against DNS rebinding). */
  allowedHosts?: string[]
  /** Reached from other machines (`clas serve --lan`): their calls are marked distant. */
  lan?: boolean
  /** Login attempts per address; one per host (tests give their own clock). */
  loginLimiter?: LoginLimiter
  /** Large bodies read at once; one per host (tests look at it). */
  largeBodies?: LargeBodySlots
  /** The host's writes, pushed to the pages listening on `GET /api/evenements`; none: no such route. */
  changes?: ChangeFeed
}

/**
 * The session's cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page
 * sends it). Not `Secure`: the LAN mode is plain HTTP (a certificate for a laptop's local address
 * cannot be had), and a Secure cookie would never come back over it.
 */
export const SESSION_COOKIE = 'clas_session'
const COOKIE_OPTIONS = { path: '/', httpOnly: true, sameSite: 'Strict' } as const

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

function errorResponse(error: ApiError) {
  return { body: { error: error.toBody() }, status: API_ERROR_STATUS[error.code] }
}

const refusal = (c: Context, error: ApiErrorBody) => c.json({ error }, API_ERROR_STATUS[error.code])

function remoteAddress(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming
  return incoming?.socket?.remoteAddress ?? 'local'
}

const isLoopback = (address: string) => address === 'local' || address === '::1' || /^(::ffff:)?127\./.test(address)

/**
 * A POST another site's page made the browser send: its Origin names another host, or the
 * browser says so (Sec-Fetch-Site). With the JSON-only rule and the SameSite cookie, a third lock.
 */
function crossSite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site')
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true
  const origin = c.req.header('origin')
  if (origin === undefined) return false
  try {
    return new URL(origin).host !== c.req.header('host')
  } catch {
    return true // `Origin: null` (a sandboxed frame, a file) or garbage
  }
}

/** The browser host: the contract's calls as `POST /api/<call>`, and the built renderer. */
export function createHttpApp({ dispatch, rendererDir, allowedHosts, lan = false, loginLimiter, largeBodies, changes }: HttpAppOptions): Hono {
  const app = new Hono()
  const limiter = loginLimiter ?? new LoginLimiter()
  const slots = largeBodies ?? new LargeBodySlots()

  app.use('*', async (c, next) => {
    const host = (c.req.header('host') ?? '').replace(/:\d+$/, '')
    if (allowedHosts && !allowedHosts.includes(host)) return c.text('Hôte non autorisé.', 403)
    await next()
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Referrer-Policy', 'no-referrer')
  })

  // Before any body is read: how large it may be depends on who sends it (see body-admission.ts).
  const admitBody: MiddlewareHandler = async (c, next) => {
    const declared = c.req.header('transfer-encoding') === undefined ? c.req.header('content-length') : undefined
    // A body declared small is admitted from anyone (Node reads no more than declared): asking who
    // sends it, one more call through the dispatcher, is only for a larger or unsized one. Every
    // mark typed in a register comes this way.
    const small = declared !== undefined && /^\d+$/.test(declared) && Number(declared) <= ANONYMOUS_BODY_MAX
    const trusted = small ? false : await mayUpload(dispatch, { token: getCookie(c, SESSION_COOKIE) ?? null })
    const tooLarge = (c: Context) => c.json({
      error: {
        code: 'validation',
        message: trusted
          ? `La requête est trop volumineuse (${BODY_MAX / 1024 / 1024} Mo au plus).`
          : `La requête est trop volumineuse pour un appel sans session (${ANONYMOUS_BODY_MAX / 1024} Ko au plus) : identifiez-vous d'abord.`,
      },
    }, 413)
    // A body of unknown size (chunked) from someone allowed large ones may be large.
    const large = trusted && (declared === undefined || (Number(declared) > LARGE_BODY && Number(declared) <= BODY_MAX))
    if (large && !slots.take()) {
      c.header('Retry-After', '5')
      return refusal(c, { code: 'rate_limited', message: "D'autres fichiers volumineux sont en cours d'envoi : réessayez dans un instant." })
    }
    try {
      // Refuses a declared size above the limit without reading a byte, and stops reading at it otherwise.
      return await bodyLimit({ maxSize: trusted ? BODY_MAX : ANONYMOUS_BODY_MAX, onError: tooLarge })(c, next)
    } finally {
      if (large) slots.release()
    }
  }

  app.post(
    '/api/:name',
    admitBody,
    async (c) => {
      // A cross-site form cannot send JSON without a preflight we never grant: requiring it blocks CSRF.
      if (!(c.req.header('content-type') ?? '').startsWith('application/json')) {
        return c.json({ error: { code: 'validation', message: 'Les appels doivent être envoyés en JSON (content-type: application/json).' } }, 415)
      }
      if (crossSite(c)) return refusal(c, { code: 'forbidden', message: "Appel refusé : il ne vient pas d'une page de Clas." })
      c.header('Cache-Control', 'no-store')
      let input: unknown
      try {
        input = await c.req.json()
      } catch {
        return c.json({ error: { code: 'validation', message: "Le corps de la requête n'est pas du JSON valide." } }, 400)
      }
      const name = c.req.param('name')
      const address = remoteAddress(c)
      // On this laptop itself the accounts' own lock-out is enough: a limit per address there
      // would only let one person's mistakes lock everybody out.
      const limited = name === 'session.ouvrir' && !isLoopback(address)
      if (limited) {
        const wait = limiter.attempt(address, loginTarget(input))
        if (wait > 0) return refusal(c, { code: 'rate_limited', message: `Trop de tentatives d'identification depuis cet appareil : réessayez dans ${dureeFr(wait)}.` })
      }
      const token = getCookie(c, SESSION_COOKIE) ?? null
      // The year the page shows (its year switcher); the dispatcher checks it and keeps a past one read-only.
      const annee = c.req.header(YEAR_HEADER)
      const caller: Caller = { token, distant: lan && !isLoopback(address), client: clientIdOf(c.req.header('x-clas-client')), ...(annee ? { annee } : {}) }
      // The dispatcher opens, closes or drops the session on the caller; the cookie follows.
      const followSession = () => {
        if (caller.token === token) return
        if (caller.token) setCookie(c, SESSION_COOKIE, caller.token, COOKIE_OPTIONS)
        else deleteCookie(c, SESSION_COOKIE, COOKIE_OPTIONS)
      }
      try {
        // Awaited: a read-only call may answer with a promise (a file being built).
        const result = await dispatch(name, input, caller)
        if (limited) limiter.succeeded(address, loginTarget(input))
        followSession()
        return c.json({ result })
      } catch (error) {
        followSession()
        const { body, status } = errorResponse(error instanceof ApiError ? error : new ApiError({ code: 'internal', message: "Une erreur inattendue s'est produite." }))
        return c.json(body, status)
      }
    },
  )
  if (changes) {
    app.get('/api/evenements', (c) => {
      if (crossSite(c)) return refusal(c, { code: 'forbidden', message: "Appel refusé : il ne vient pas d'une page de Clas." })
      c.header('Cache-Control', 'no-store')
      const caller: Caller = { token: getCookie(c, SESSION_COOKIE) ?? null, distant: lan && !isLoopback(remoteAddress(c)) }
      return changeStream(c, { dispatch, changes, caller, client: clientIdOf(c.req.query('client')) })
    })
  }
  app.all('/api/*', (c) => c.json({ error: { code: 'unknown_call', message: 'Les appels se font en POST sur /api/<appel>.' } }, 405))

  if (rendererDir) {
    const indexHtml = readFileSync(join(rendererDir, 'index.html'), 'utf8')
    const sendIndex = () => new Response(indexHtml, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'cache-control': 'no-store' } })
    const compression = compressedAssets()
    app.use('/', compression)
    app.use('/index.html', compression)
    app.use('/assets/*', compression)
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

/**
 * Listens on 127.0.0.1 only: the registers of minors never leave the machine by default; the LAN
 * mode (`clas serve --lan`) passes another hostname, its addresses and `lan`.
 */
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
          close: () => new Promise<void>((done) => {
            server.close(() => done())
            // The pages' event streams never end by themselves: without this, close would wait on them.
            ;(server as Server).closeAllConnections()
          }),
        })
      })
      server.on('error', reject)
      // A client that sends its request byte by byte holds a connection, not the app: cut it short.
      const http = server as Server
      http.headersTimeout = 20_000
      http.requestTimeout = 120_000
    } catch (error) {
      reject(error)
    }
  })
}
