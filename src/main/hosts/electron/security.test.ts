import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, isAppUrl, secureWebPreferences } from './security'

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
