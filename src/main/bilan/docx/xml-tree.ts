import { SaxesParser } from 'saxes'

/**
 * An element of a Word part, with where it sits in the source text so that the filler can
 * splice its changes into the original XML and leave every other byte as it was. Offsets are
 * string indices (UTF-16 code units) into the source.
 */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  parent: XmlElement | null
  children: XmlElement[]
  /** Decoded text directly inside this element (only `w:t`, `w:instrText` and the like hold any). */
  text: string
  /** Index of '<' of the opening tag. */
  start: number
  /** Index just after '>' of the opening tag (equals `end` for `<x/>`). */
  openEnd: number
  /** Index of '<' of the closing tag (equals `end` for `<x/>`). */
  closeStart: number
  /** Index just after the element. */
  end: number
  selfClosing: boolean
}

export class XmlError extends Error {}

/**
 * Parses a part of a .docx. A DOCTYPE is refused: OOXML never has one, and it is how entity
 * expansion attacks ("billion laughs") come in. saxes itself expands no external entity.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ position: true })
  const root: XmlElement = { name: '#document', attributes: {}, parent: null, children: [], text: '', start: 0, openEnd: 0, closeStart: xml.length, end: xml.length, selfClosing: false }
  let current = root
  parser.on('doctype', () => {
    throw new XmlError('Le document contient une déclaration DOCTYPE : il ne vient pas de Word et est refusé.')
  })
  parser.on('opentag', (tag) => {
    const openEnd = parser.position
    const start = xml.lastIndexOf('<', openEnd - 1)
    const attributes: Record<string, string> = {}
    for (const [k, v] of Object.entries(tag.attributes)) attributes[k] = typeof v === 'string' ? v : v.value
    const element: XmlElement = { name: tag.name, attributes, parent: current, children: [], text: '', start, openEnd, closeStart: openEnd, end: openEnd, selfClosing: tag.isSelfClosing }
    current.children.push(element)
    current = element
  })
  parser.on('text', (text) => {
    current.text += text
  })
  parser.on('closetag', () => {
    const end = parser.position
    if (!current.selfClosing) current.closeStart = xml.lastIndexOf('</', end - 1)
    current.end = end
    current = current.parent ?? root
  })
  parser.on('error', (error) => {
    throw error instanceof XmlError ? error : new XmlError(`XML illisible : ${error.message}`)
  })
  parser.write(xml).close()
  return root
}

/** Depth-first, document order. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    yield child
    yield* descendants(child)
  }
}

export const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name)

export function ancestor(element: XmlElement, name: string): XmlElement | undefined {
  for (let e = element.parent; e; e = e.parent) if (e.name === name) return e
  return undefined
}

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A change of the source: the text in [start, end) becomes `text`. */
export interface Splice {
  start: number
  end: number
  text: string
}

/**
 * Applies non-overlapping splices. Several insertions at the same offset keep the order in
 * which they were given.
 */
export function applySplices(source: string, splices: Splice[]): string {
  const ordered = splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i)
  let out = ''
  let at = 0
  for (const s of ordered) {
    if (s.start < at) throw new Error(`overlapping edits at ${s.start}`)
    out += source.slice(at, s.start) + s.text
    at = s.end
  }
  return out + source.slice(at)
}
