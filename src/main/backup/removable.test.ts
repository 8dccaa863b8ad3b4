import { describe, expect, it } from 'vitest'
import { looksRemovable } from './removable'

describe('looksRemovable', () => {
  it('recognizes the mount points of USB keys', () => {
    expect(looksRemovable('/media/nadia/CLE USB/sauvegardes', 'linux')).toBe(true)
    expect(looksRemovable('/run/media/nadia/KINGSTON', 'linux')).toBe(true)
    expect(looksRemovable('/Volumes/CLE/Clas', 'darwin')).toBe(true)
    expect(looksRemovable('E:\\Sauvegardes Clas', 'win32', 'C:')).toBe(true)
    expect(looksRemovable('\\\\serveur\\partage', 'win32', 'C:')).toBe(true)
  })

  it('leaves the laptop own disk alone', () => {
    expect(looksRemovable('/home/nadia/.config/Clas/sauvegardes', 'linux')).toBe(false)
    expect(looksRemovable('/Users/nadia/Library/Application Support/Clas', 'darwin')).toBe(false)
    expect(looksRemovable('C:\\Users\\nadia\\AppData\\Roaming\\Clas', 'win32', 'C:')).toBe(false)
    expect(looksRemovable('c:\\Clas', 'win32', 'C:')).toBe(false)
  })
})
