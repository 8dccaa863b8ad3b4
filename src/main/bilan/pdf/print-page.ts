/**
 * The filled form as a page to print when LibreOffice is absent: the preview's HTML (the
 * document's structure read by mammoth, sanitized) inside an A4 page with the look of a form:
 * bordered tables, boxes, headings. The layout is the browser's, not Word's.
 */
export function printablePage(bodyHtml: string, title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escaped}</title>
<style>
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; color: #000; }
  h1 { font-size: 15pt; } h2 { font-size: 13pt; } h3 { font-size: 11.5pt; }
  h1, h2, h3 { page-break-after: avoid; }
  table { border-collapse: collapse; width: 100%; margin: 6pt 0; page-break-inside: auto; }
  tr { page-break-inside: avoid; }
  td, th { border: 0.6pt solid #444; padding: 3pt 5pt; vertical-align: top; }
  p { margin: 3pt 0; }
  input[type=checkbox] { width: 9pt; height: 9pt; margin: 0 3pt 0 0; vertical-align: -1pt; }
</style>
</head>
<body>
${bodyHtml}
</body>
</html>
`
}
