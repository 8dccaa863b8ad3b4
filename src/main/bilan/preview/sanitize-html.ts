/**
 * What the preview keeps of mammoth's HTML: text structure, tables, and form boxes shown as
 * disabled checkboxes. Everything else goes: scripts, styles, images, links out of the page.
 * mammoth escapes the document's text, so every `<` left in its output opens one of its tags.
 */
const KEPT = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sup', 'sub', 'br',
  'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'a', 'input',
])
/** Their content goes with them, not only their tags. */
const DROPPED_WITH_CONTENT = ['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'textarea', 'title']

const attribute = (attrs: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs)
const valueOf = (attrs: string, name: string) => {
  const m = attribute(attrs, name)
  return m ? (m[2] ?? m[3] ?? m[4] ?? '') : null
}
const escapeAttr = (s: string) => s.replace(/&(?!(?:[a-z]+|#\d+|#x[0-9a-f]+);)/gi, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function rebuild(name: string, attrs: string): string {
  switch (name) {
    case 'td':
    case 'th': {
      const spans = ['colspan', 'rowspan'].map((a) => [a, valueOf(attrs, a)] as const).filter(([, v]) => v !== null && /^\d{1,3}$/.test(v))
      return `<${name}${spans.map(([a, v]) => ` ${a}="${v}"`).join('')}>`
    }
    case 'a': {
      // Only anchors inside the page survive: no address outside it, no javascript:.
      const href = valueOf(attrs, 'href')
      const id = valueOf(attrs, 'id')
      const keep = [href !== null && /^#[\w-]*$/.test(href) ? ` href="${escapeAttr(href)}"` : '', id !== null && /^[\w-]+$/.test(id) ? ` id="${id}"` : '']
      return `<a${keep.join('')}>`
    }
    case 'input':
      return valueOf(attrs, 'type')?.toLowerCase() === 'checkbox' ? `<input type="checkbox" disabled${attribute(attrs, 'checked') ? ' checked' : ''}>` : ''
    default:
      return `<${name}>`
  }
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)([^>]*)>/g
const escapeText = (s: string) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** HTML fit for a preview iframe: only the tags of KEPT, with only harmless attributes; any other `<` is text. */
export function sanitizePreviewHtml(html: string): string {
  let source = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
  for (const tag of DROPPED_WITH_CONTENT) source = source.replace(new RegExp(`<${tag}\\b[\\s\\S]*?(?:</${tag}\\s*>|$)`, 'gi'), '')
  let out = ''
  let last = 0
  for (const m of source.matchAll(TAG)) {
    out += escapeText(source.slice(last, m.index))
    last = m.index + m[0].length
    const [, slash, rawName, attrs] = m
    const name = rawName.toLowerCase()
    if (!KEPT.has(name)) continue
    if (slash) out += name === 'input' || name === 'br' ? '' : `</${name}>`
    else out += rebuild(name, attrs)
  }
  return out + escapeText(source.slice(last))
}
