import { child, escapeXmlText, type Splice, type XmlElement } from './xml-tree'

/**
 * Changes gathered for one document and turned into splices of its source at the end, so
 * that several changes to the same `w:t` (a glyph ticked, leaders replaced) make one edit.
 */
export class DocumentEdits {
  private readonly textChanges = new Map<XmlElement, { from: number; to: number; text: string }[]>()
  private readonly splices: Splice[] = []

  constructor(private readonly source: string) {}

  /** Replaces [from, to) of the decoded text of a `w:t`. */
  changeText(wt: XmlElement, from: number, to: number, text: string): void {
    const list = this.textChanges.get(wt) ?? []
    list.push({ from, to, text })
    this.textChanges.set(wt, list)
  }

  splice(start: number, end: number, text: string): void {
    this.splices.push({ start, end, text })
  }

  /** The XML of a run holding `text` (line breaks as `w:br`) with the given properties. */
  static run(text: string, rPr = ''): string {
    return `<w:r>${rPr}${DocumentEdits.textElements(text)}</w:r>`
  }

  static textElements(text: string): string {
    return text
      .split('\n')
      .map((line) => `<w:t xml:space="preserve">${escapeXmlText(line)}</w:t>`)
      .join('<w:br/>')
  }

  /** Appends a run at the end of a paragraph (after its properties). */
  appendRun(p: XmlElement, text: string, rPr: string): void {
    if (p.selfClosing) this.splice(p.start, p.end, `<w:p>${DocumentEdits.run(text, rPr)}</w:p>`)
    else this.splice(p.closeStart, p.closeStart, DocumentEdits.run(text, rPr))
  }

  /** Run properties for new text: the paragraph mark's, without revision marks. */
  paragraphRunProperties(p: XmlElement): string {
    const pPr = child(p, 'w:pPr')
    const rPr = pPr && child(pPr, 'w:rPr')
    if (!rPr || rPr.selfClosing) return ''
    const inner = this.source.slice(rPr.openEnd, rPr.closeStart).replace(/<w:(ins|del|moveFrom|moveTo|rPrChange)\b[^>]*?(\/>|>[\s\S]*?<\/w:\1>)/g, '').replace(/<w:vanish\/>/g, '')
    return inner.trim() ? `<w:rPr>${inner}</w:rPr>` : ''
  }

  /** The splices, text changes included, ready for `applySplices`. */
  toSplices(): Splice[] {
    const out = [...this.splices]
    for (const [wt, changes] of this.textChanges) {
      let text = wt.text
      for (const c of [...changes].sort((a, b) => b.from - a.from)) text = text.slice(0, c.from) + c.text + text.slice(c.to)
      out.push({ start: wt.start, end: wt.end, text: DocumentEdits.textElements(text) })
    }
    return out
  }
}
