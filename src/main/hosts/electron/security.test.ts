import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, guardNavigation, hardenSession, isAppUrl, secureWebPreferences } from './security'

describe('desktop window security settings', () => {
  it('isolates the renderer from Node and Electron', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    })
  })

  it('allows no remote content', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/)
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval/)
  })

  it('lets the window show the app only', () => {
    const file = 'file:///opt/Clas/resources/app.asar/out/renderer/index.html'
    expect(isAppUrl('file:///opt/Clas/resources/app.asar/out/renderer/index.html#/collectifs', file)).toBe(true)
    expect(isAppUrl('file:///etc/passwd', file)).toBe(false)
    expect(isAppUrl('https://example.org/', file)).toBe(false)
    expect(isAppUrl('http://localhost:5173/#/seances', 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
    expect(isAppUrl('pas une url', file)).toBe(false)
  })
})

describe('the window and its session, as main.ts sets them up', () => {
  const app = 'file:///opt/Clas/resources/app.asar/out/renderer/index.html'

  it('cancels navigation away from the app, denies every new window, sends https links to the browser', () => {
    let navigate: ((event: { preventDefault(): void }, url: string) => void) | undefined
    let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined
    const external: string[] = []
    guardNavigation({ on: (_e, l) => (navigate = l), setWindowOpenHandler: (h) => (openHandler = h) }, () => app, (url) => external.push(url))

    const attempt = (url: string) => {
      let prevented = false
      navigate!({ preventDefault: () => (prevented = true) }, url)
      return prevented
    }
    expect(attempt(`${app}#/seances`)).toBe(false)
    expect(attempt('https://caf.fr/')).toBe(true)
    expect(attempt('file:///home/nadia/clas.sqlite')).toBe(true)
    expect(openHandler!({ url: 'https://caf.fr/partenaires' })).toEqual({ action: 'deny' })
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(openHandler!({ url: 'http://example.org/' })).toEqual({ action: 'deny' })
    expect(external).toEqual(['https://caf.fr/partenaires'])
  })

  it('refuses every permission and adds the CSP to every response', () => {
    let permission: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined
    let headers: ((d: { responseHeaders?: Record<string, string[] | string> }, cb: (r: { responseHeaders: Record<string, string[] | string> }) => void) => void) | undefined
    hardenSession({ setPermissionRequestHandler: (h) => (permission = h), webRequest: { onHeadersReceived: (l) => (headers = l) } })
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal']) {
      let granted: boolean | undefined
      permission!(null, p, (g) => (granted = g))
      expect(granted).toBe(false)
    }
    let response: Record<string, string[] | string> = {}
    headers!({ responseHeaders: { 'content-type': ['text/html'] } }, (r) => (response = r.responseHeaders))
    expect(response).toEqual({ 'content-type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
  })
})
