import { describe, expect, it } from 'vitest'
import { sanitizePreviewHtml } from './sanitize-html'

describe('sanitizePreviewHtml', () => {
  it('keeps the structure of a form: paragraphs, headings, emphasis, tables with spans, boxes', () => {
    const html = '<h1>Titre</h1><p><strong>Nom :</strong> <em>Les Ponts</em></p><table><tr><th colspan="2">A</th></tr><tr><td rowspan="3">1</td></tr></table><p><input type="checkbox" checked="checked" /> Oui <input type="checkbox" /> Non</p>'
    expect(sanitizePreviewHtml(html)).toBe(
      '<h1>Titre</h1><p><strong>Nom :</strong> <em>Les Ponts</em></p><table><tr><th colspan="2">A</th></tr><tr><td rowspan="3">1</td></tr></table><p><input type="checkbox" disabled checked> Oui <input type="checkbox" disabled> Non</p>',
    )
  })

  it('drops scripts, styles, frames and images, with what they hold', () => {
    const out = sanitizePreviewHtml('<p>a<script>alert(1)</script>b<style>p{}</style><img src="http://x/y.png"><iframe src="http://x"></iframe>c<svg><a href="javascript:x">d</a></svg></p>')
    expect(out).toBe('<p>abc</p>')
  })

  it('removes every attribute but harmless ones, and every address out of the page', () => {
    expect(sanitizePreviewHtml('<p onclick="x()" style="color:red">a</p>')).toBe('<p>a</p>')
    expect(sanitizePreviewHtml('<a href="https://exemple.org">lien</a> <a href="mailto:a@b.fr">mel</a> <a href="javascript:alert(1)">js</a> <a href="#note" id="n1" onmouseover="x">ici</a>'))
      .toBe('<a>lien</a> <a>mel</a> <a>js</a> <a href="#note" id="n1">ici</a>')
    expect(sanitizePreviewHtml('<td colspan="2 onclick=x">a</td><input type="text" value="x">')).toBe('<td>a</td>')
  })

  it('turns any other angle bracket into text', () => {
    expect(sanitizePreviewHtml('<p>a < b</p><img src=x onerror=alert(1)')).toBe('<p>a &lt; b</p>&lt;img src=x onerror=alert(1)')
    expect(sanitizePreviewHtml('<p>1 &lt; 2</p><!-- <script>x</script> -->')).toBe('<p>1 &lt; 2</p>')
  })
})
