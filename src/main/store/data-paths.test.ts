import { homedir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir, demoDbPath, resolveDbPath } from './data-paths'

describe('where the database lives', () => {
  it('uses the same user data folder as the desktop app, per system', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/lea/.config' }, 'linux')).toBe('/home/lea/.config/Clas')
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Clas'))
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\lea\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\lea\\AppData\\Roaming', 'Clas'))
    expect(defaultDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Clas'))
  })

  it('takes --db first, then CLAS_DB, then the default file', () => {
    expect(resolveDbPath('/tmp/a.sqlite', { CLAS_DB: '/tmp/b.sqlite' })).toBe('/tmp/a.sqlite')
    expect(resolveDbPath(undefined, { CLAS_DB: '/tmp/b.sqlite' })).toBe('/tmp/b.sqlite')
    expect(resolveDbPath(undefined, { XDG_CONFIG_HOME: '/x' })).toBe(process.platform === 'linux' ? '/x/Clas/clas.sqlite' : resolveDbPath(undefined, {}))
  })

  it('puts the demonstration beside the user’s file, never on it', () => {
    expect(demoDbPath('/data/clas.sqlite')).toBe('/data/clas.demo.sqlite')
    expect(demoDbPath('/data/asso.db')).toBe('/data/asso.demo.sqlite')
    expect(demoDbPath('/data/registres')).toBe('/data/registres.demo.sqlite')
  })
})
