import { makeZip } from '../../helpers/make-zip'

// A small WordprocessingML writer for the synthetic forms: each form is written the way Word
// writes its own (runs, tabs, content controls, legacy fields, tables), and each place to fill
// records where its value must be read back in the filled document.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** What a place must receive: a figure (written in `unit` when the form says one), an answer, or nothing. */
export type Source = { chiffre: string; unit?: 'minutes' | 'heures' | 'pourcent' | 'euros' } | { question: string } | { parts: Source[] } | { vide: true }

/**
 * Where a value is read back: paragraph `para` (document order, table cells included), between
 * the text `after` and the text `before`; for boxes, the ordinal of the oui and non boxes.
 */
export type Slot =
  | { kind: 'text'; para: number; after: string; before?: string; source: Source; lines?: number }
  | { kind: 'boxes'; oui: { para: number; n: number }; non: { para: number; n: number }; source: Source }
  | { kind: 'keep'; para: number; after: string; source: Source }

export const run = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`
export const bold = (text: string) => run(text, '<w:b/>')
export const tab = () => '<w:r><w:tab/></w:r>'
const GOTHIC = '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
/** A box drawn with the ☐ glyph. */
export const glyphBox = () => run('☐', GOTHIC)
/** A Wingdings box (w:sym F0A8). */
export const symBox = () => '<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>'
/** A legacy form checkbox (FORMCHECKBOX field). */
export const legacyBox = () =>
  '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val=""/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox></w:ffData></w:fldChar></w:r>' +
  '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
/** A legacy text field (FORMTEXT) showing five en spaces. */
export const formText = () =>
  '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Texte1"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>' +
  '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
  '<w:r><w:rPr><w:noProof/></w:rPr><w:t>\u2002\u2002\u2002\u2002\u2002</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'

let sdtId = 100
const placeholderRun = (text: string) => `<w:r><w:rPr><w:rStyle w:val="Textedelespacerserv"/></w:rPr><w:t>${esc(text)}</w:t></w:r>`
/** A plain-text content control showing Word's grey placeholder. */
export const sdtText = (placeholder = 'Cliquez ou appuyez ici pour entrer du texte.') =>
  `<w:sdt><w:sdtPr><w:id w:val="${sdtId++}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>${placeholderRun(placeholder)}</w:sdtContent></w:sdt>`
/** A date picker content control. */
export const sdtDate = () =>
  `<w:sdt><w:sdtPr><w:id w:val="${sdtId++}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013437"/></w:placeholder><w:showingPlcHdr/><w:date><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="fr-FR"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent>${placeholderRun('Cliquez ou appuyez ici pour entrer une date.')}</w:sdtContent></w:sdt>`
/** A drop-down list content control. */
export const sdtDropDown = (items: string[]) =>
  `<w:sdt><w:sdtPr><w:id w:val="${sdtId++}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013438"/></w:placeholder><w:showingPlcHdr/><w:dropDownList><w:listItem w:value="Choisissez un élément."/>${items.map((i) => `<w:listItem w:displayText="${esc(i)}" w:value="${esc(i)}"/>`).join('')}</w:dropDownList></w:sdtPr><w:sdtContent>${placeholderRun('Choisissez un élément.')}</w:sdtContent></w:sdt>`
/** A w14:checkbox content control. */
export const sdtBox = () =>
  `<w:sdt><w:sdtPr><w:id w:val="${sdtId++}"/><w14:checkbox><w14:checked w14:val="0"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>${run('☐', GOTHIC)}</w:sdtContent></w:sdt>`

const DOTS = '……………………………………'

/** A synthetic form being written: its body XML, its paragraph count, and its places. */
export class FormWriter {
  private body: string[] = []
  private count = 0
  readonly slots: Slot[] = []

  constructor(readonly style: string) {}

  /** A paragraph of runs; `style`: a paragraph style id (Titre1…). */
  p(runs = '', style?: string): number {
    this.body.push(`<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs}</w:p>`)
    return this.count++
  }

  heading(text: string): number {
    return this.p(run(text), 'Titre1')
  }

  empty(n = 1): void {
    for (let i = 0; i < n; i++) this.p()
  }

  /** « Label : ……… » with the value expected after the label. */
  dots(label: string, source: Source, leaders = DOTS): void {
    const para = this.p(run(`${label} ${leaders}`))
    this.slots.push({ kind: 'text', para, after: label, source })
  }

  /** A label whose value goes in the control or field that follows it on the line. */
  control(label: string, control: string, source: Source): void {
    const para = this.p(run(`${label} `) + control)
    this.slots.push({ kind: 'text', para, after: label, source })
  }

  /** A question with room under it: the value is read in the first line under it. */
  question(label: string, source: Source, lines = 3): void {
    // The value may go after the label on its line or on the lines under it: both are read.
    const para = this.p(run(label))
    this.empty(lines)
    this.slots.push({ kind: 'text', para, after: label, source, lines })
  }

  /** Several labels on one line, each followed by leaders (« du …… au …… »). */
  line(parts: { label: string; source: Source }[], leaders = '……………') {
    const para = this.p(run(parts.map((x) => `${x.label} ${leaders}`).join(' ')))
    parts.forEach((x, i) => this.slots.push({ kind: 'text', para, after: x.label, before: parts[i + 1]?.label, source: x.source }))
  }

  /** A oui/non question with its two boxes, drawn by `box`, placed as `where` says. */
  yesNo(label: string, source: Source, box: () => string, where: 'end' | 'next' | 'before'): void {
    if (where === 'end') {
      const para = this.p(run(`${label}`) + tab() + box() + run(' Oui') + tab() + box() + run(' Non'))
      this.slots.push({ kind: 'boxes', oui: { para, n: 0 }, non: { para, n: 1 }, source })
    } else if (where === 'before') {
      const para = this.p(run(`${label}`) + tab() + run('oui ') + box() + tab() + run('non ') + box())
      this.slots.push({ kind: 'boxes', oui: { para, n: 0 }, non: { para, n: 1 }, source })
    } else {
      this.p(run(label))
      const para = this.p(box() + run(' Oui') + tab() + tab() + box() + run(' Non'))
      this.slots.push({ kind: 'boxes', oui: { para, n: 0 }, non: { para, n: 1 }, source })
    }
  }

  /** « Label : oui / non »: the answer is the word kept. */
  keepOne(label: string, source: Source): void {
    const para = this.p(run(`${label} oui / non`))
    this.slots.push({ kind: 'keep', para, after: label, source })
  }

  /**
   * A table: each cell is a list of paragraphs (runs); a cell given as a Source is an empty
   * cell whose value is expected; `{ boxes }` a cell holding « ☐ oui ☐ non ».
   */
  table(rows: (string | string[] | Source | { boxes: Source; box: () => string })[][], widths?: number[]): void {
    const cols = Math.max(...rows.map((r) => r.length))
    const w = widths ?? Array.from({ length: cols }, () => Math.floor(9000 / cols))
    let xml = `<w:tbl><w:tblPr><w:tblW w:w="${w.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>${w.map((x) => `<w:gridCol w:w="${x}"/>`).join('')}</w:tblGrid>`
    for (const r of rows) {
      xml += '<w:tr>'
      r.forEach((cell, c) => {
        xml += `<w:tc><w:tcPr><w:tcW w:w="${w[c]}" w:type="dxa"/></w:tcPr>`
        if (typeof cell === 'string') {
          xml += `<w:p>${run(cell)}</w:p>`
          this.count++
        } else if (Array.isArray(cell)) {
          for (const runs of cell) {
            xml += `<w:p>${runs}</w:p>`
            this.count++
          }
        } else if ('boxes' in cell) {
          xml += `<w:p>${cell.box()}${run(' oui  ')}${cell.box()}${run(' non')}</w:p>`
          this.slots.push({ kind: 'boxes', oui: { para: this.count, n: 0 }, non: { para: this.count, n: 1 }, source: cell.boxes })
          this.count++
        } else {
          xml += '<w:p/>'
          this.slots.push({ kind: 'text', para: this.count, after: '', source: cell })
          this.count++
        }
        xml += '</w:tc>'
      })
      xml += '</w:tr>'
    }
    this.body.push(`${xml}</w:tbl>`)
    this.p()
  }

  /** Records a place the caller wrote itself. */
  slot(s: Slot): void {
    this.slots.push(s)
  }

  get paragraphs(): number {
    return this.count
  }

  docx(): Buffer {
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"><w:body>${this.body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>`
    const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style><w:style w:type="character" w:styleId="Textedelespacerserv"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style></w:styles>`
    return makeZip([
      { name: '[Content_Types].xml', content: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>' },
      { name: '_rels/.rels', content: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: 'word/_rels/document.xml.rels', content: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>' },
      { name: 'word/document.xml', content: document },
      { name: 'word/styles.xml', content: styles },
    ])
  }
}
