import { describe, expect, it } from 'vitest'
import { statutForKey } from './presence-keys'

const key = (k: string, code = '', mods: Partial<KeyboardEvent> = {}) => ({ key: k, code, ctrlKey: false, altKey: false, metaKey: false, ...mods }) as KeyboardEvent

describe('statutForKey', () => {
  it('reads P / A / E in either case', () => {
    expect(statutForKey(key('p', 'KeyP'))).toBe('present')
    expect(statutForKey(key('A', 'KeyQ'))).toBe('absent') // AZERTY: the A key sits where QWERTY has Q
    expect(statutForKey(key('e', 'KeyE'))).toBe('excuse')
  })

  it('reads 1 / 2 / 3 from the top row even without Shift on an AZERTY keyboard', () => {
    expect(statutForKey(key('&', 'Digit1'))).toBe('present')
    expect(statutForKey(key('é', 'Digit2'))).toBe('absent')
    expect(statutForKey(key('"', 'Digit3'))).toBe('excuse')
    expect(statutForKey(key('3', 'Numpad3'))).toBe('excuse')
  })

  it('clears with Suppr, Retour arrière or 0', () => {
    expect(statutForKey(key('Delete', 'Delete'))).toBeNull()
    expect(statutForKey(key('Backspace', 'Backspace'))).toBeNull()
    expect(statutForKey(key('à', 'Digit0'))).toBeNull()
  })

  it('leaves other keys and shortcuts alone', () => {
    expect(statutForKey(key('ArrowDown', 'ArrowDown'))).toBeUndefined()
    expect(statutForKey(key('Tab', 'Tab'))).toBeUndefined()
    expect(statutForKey(key('p', 'KeyP', { ctrlKey: true }))).toBeUndefined()
  })
})
