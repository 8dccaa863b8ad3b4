import { describe, expect, it } from 'vitest'
import { fold, foldCase, foldCompact, slugify, stripAccents } from './fold'

describe('the one accent and case fold', () => {
  it('drops accents and case, and nothing else', () => {
    expect(stripAccents('Médiathèque Noël Ça')).toBe('Mediatheque Noel Ca')
    expect(foldCase('  MÉDIATHÈQUE  ')).toBe('  mediatheque  ')
    expect(foldCase('Médiathèque')).toBe(foldCase('MEDIATHEQUE'))
    // Typographic variants only with `compatible`: a Word form's « ﬁn » and non-breaking space.
    expect(foldCase('ﬁn\u00a0:')).toBe('ﬁn\u00a0:')
    expect(foldCase('ﬁn\u00a0:', true)).toBe('fin :')
  })

  it('folds hand-typed headers and values to words', () => {
    expect(fold('Né(e) le')).toBe('ne e le')
    expect(fold("NOM de l'enfant")).toBe('nom de l enfant')
    expect(fold('Cœur  ŒUVRE')).toBe('coeur oeuvre')
    expect(foldCompact('CM 1')).toBe(foldCompact('cm1'))
  })

  it('makes ascii slugs for file names and ids', () => {
    expect(slugify('Collège 6e-5e / « Étoile »')).toBe('college-6e-5e-etoile')
    expect(slugify('///')).toBe('')
  })
})
