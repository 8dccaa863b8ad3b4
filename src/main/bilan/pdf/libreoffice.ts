import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'

export class PdfError extends Error {}

const CANDIDATES: Record<string, string[]> = {
  win32: ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'],
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
}

/** LibreOffice's `soffice`, from the PATH or its usual install places; null when absent. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const names = process.platform === 'win32' ? ['soffice.exe'] : ['soffice', 'libreoffice']
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (existsSync(join(dir, name))) return join(dir, name)
  }
  return (CANDIDATES[process.platform] ?? []).find((p) => existsSync(p)) ?? null
}

/**
 * Converts a .docx to PDF with LibreOffice, which lays out Word documents faithfully (tables,
 * form checkboxes, fonts when installed). A private profile per run lets it work while the
 * user has LibreOffice open, and never touches their settings.
 */
export async function docxToPdfWithLibreOffice(docx: Uint8Array, soffice = findSoffice()): Promise<Buffer> {
  if (!soffice) throw new PdfError("LibreOffice n'est pas installé : le PDF ne peut pas être produit sur cet ordinateur.")
  const work = mkdtempSync(join(tmpdir(), 'clas-pdf-'))
  try {
    const input = join(work, 'bilan.docx')
    writeFileSync(input, docx)
    const profile = pathToFileURL(join(work, 'profil')).href
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, input], { timeout: 180_000 }, (error) =>
        error ? reject(new PdfError(`La conversion en PDF par LibreOffice a échoué (${error.killed ? 'délai dépassé' : `code ${String(error.code)}`}).`)) : resolve(),
      )
    })
    const output = join(work, 'bilan.pdf')
    if (!existsSync(output)) throw new PdfError("La conversion en PDF par LibreOffice n'a produit aucun fichier.")
    return readFileSync(output)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
