import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createDispatcher } from './api/dispatch'
import { clockFromEnv, Workspace } from './workspace'

const dirs: string[] = []
afterEach(() => {
  vi.unstubAllEnvs()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function open(options = {}): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'clas-clock-'))
  dirs.push(dir)
  return new Workspace(join(dir, 'clas.sqlite'), options)
}

describe('the clock tests set', () => {
  it('CLAS_TODAY fixes the server’s today, which app.status gives the screens', () => {
    vi.stubEnv('CLAS_TODAY', '2026-12-04')
    const workspace = open()
    try {
      expect(workspace.context().today()).toBe('2026-12-04')
      expect(createDispatcher(workspace)('app.status', {})).toMatchObject({ clock: { today: '2026-12-04', fixed: true } })
    } finally {
      workspace.close()
    }
  })

  it('is read once, at the start: changing the environment later does not move the day', () => {
    vi.stubEnv('CLAS_TODAY', '2026-12-04')
    const workspace = open()
    try {
      vi.stubEnv('CLAS_TODAY', '2027-01-15')
      expect(workspace.context().today()).toBe('2026-12-04')
    } finally {
      workspace.close()
    }
  })

  it('without it, the machine’s calendar, not marked fixed', () => {
    vi.stubEnv('CLAS_TODAY', '')
    const workspace = open()
    try {
      const status = createDispatcher(workspace)('app.status', {}) as { clock: { today: string; fixed: boolean } }
      expect(status.clock.fixed).toBe(false)
      expect(status.clock.today).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    } finally {
      workspace.close()
    }
  })

  it('refuses a day that does not exist rather than run on a wrong one', () => {
    expect(() => clockFromEnv('2026-02-30')).toThrow(/CLAS_TODAY : « 2026-02-30 »/)
    expect(() => clockFromEnv('04/12/2026')).toThrow(/CLAS_TODAY/)
    expect(clockFromEnv(undefined)).toBeNull()
  })
})
