import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { PdfError } from './libreoffice'

const CANDIDATES: Record<string, string[]> = {
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
}

/** A Chromium-family browser able to print headless: `CLAS_CHROMIUM`, the PATH, or usual places. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CLAS_CHROMIUM && existsSync(env.CLAS_CHROMIUM)) return env.CLAS_CHROMIUM
  const names = process.platform === 'win32' ? ['chrome.exe', 'msedge.exe'] : ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (existsSync(join(dir, name))) return join(dir, name)
  }
  return (CANDIDATES[process.platform] ?? []).find((p) => existsSync(p)) ?? null
}

/**
 * Prints an HTML page to PDF with a headless Chromium, in a throw-away profile, offline: the
 * page is a local file with no script and no address outside it.
 */
export async function printHtmlWithChromium(html: string, chromium = findChromium()): Promise<Buffer> {
  if (!chromium) throw new PdfError("Ni LibreOffice ni Chromium ne sont installés : le PDF ne peut pas être produit sur cet ordinateur. Le .docx, lui, est prêt.")
  const work = mkdtempSync(join(tmpdir(), 'clas-pdf-chromium-'))
  try {
    const page = join(work, 'bilan.html')
    const output = join(work, 'bilan.pdf')
    writeFileSync(page, html)
    const args = [
      '--headless', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-extensions',
      '--no-pdf-header-footer', `--user-data-dir=${join(work, 'profil')}`, `--print-to-pdf=${output}`,
      // Chromium refuses to run sandboxed as root (CI containers); an ordinary session keeps the sandbox.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      pathToFileURL(page).href,
    ]
    await new Promise<void>((resolve, reject) => {
      execFile(chromium, args, { timeout: 120_000 }, (error) =>
        error ? reject(new PdfError(`L'impression en PDF par Chromium a échoué (${error.killed ? 'délai dépassé' : `code ${String(error.code)}`}).`)) : resolve(),
      )
    })
    if (!existsSync(output)) throw new PdfError("L'impression en PDF par Chromium n'a produit aucun fichier.")
    return readFileSync(output)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
