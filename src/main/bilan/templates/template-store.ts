import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mappingSchema, templateInfoSchema, type Mapping, type TemplateInfo } from '../../../shared/bilan/mapping/mapping-schema'

export interface StoredTemplate {
  info: TemplateInfo
  /** `integre`: shipped with the app; `importe`: brought by the coordinator. */
  origine: 'integre' | 'importe'
  folder: string
}

export class TemplateError extends Error {}

/** A JSON file, or undefined when it is not JSON: a damaged imported template is then skipped or refused, never a crash. */
function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

function readFolder(folder: string, origine: StoredTemplate['origine']): StoredTemplate | null {
  const infoPath = join(folder, 'template.json')
  if (!existsSync(infoPath) || !existsSync(join(folder, 'form.docx')) || !existsSync(join(folder, 'mapping.json'))) return null
  const info = templateInfoSchema.safeParse(readJson(infoPath))
  return info.success ? { info: info.data, origine, folder } : null
}

/** Every usable template: built-in ones, then imported ones, each sorted by year then id. */
export function listTemplates(builtinFolder: string, importedFolder: string): StoredTemplate[] {
  const read = (root: string, origine: StoredTemplate['origine']) =>
    existsSync(root)
      ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => readFolder(join(root, d.name), origine)).filter((t): t is StoredTemplate => t !== null)
      : []
  const order = (a: StoredTemplate, b: StoredTemplate) => b.info.anneeScolaire.localeCompare(a.info.anneeScolaire) || a.info.id.localeCompare(b.info.id)
  return [...read(builtinFolder, 'integre').sort(order), ...read(importedFolder, 'importe').sort(order)]
}

export function readMapping(template: StoredTemplate): Mapping {
  const parsed = mappingSchema.safeParse(readJson(join(template.folder, 'mapping.json')))
  if (!parsed.success) throw new TemplateError(`La correspondance du modèle « ${template.info.id} » est invalide : ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`)
  return parsed.data
}

export const readForm = (template: StoredTemplate) => readFileSync(join(template.folder, 'form.docx'))

/** Saves an imported form: written to a temporary folder, then renamed, so no half template is ever listed. */
export function saveImportedTemplate(importedFolder: string, info: TemplateInfo, form: Uint8Array, mapping: Mapping): StoredTemplate {
  mkdirSync(importedFolder, { recursive: true })
  const folder = join(importedFolder, info.id)
  if (existsSync(folder)) throw new TemplateError(`Un modèle « ${info.id} » existe déjà.`)
  const temp = join(importedFolder, `.${info.id}.${process.pid}.tmp`)
  mkdirSync(temp, { recursive: true })
  writeFileSync(join(temp, 'form.docx'), form)
  writeFileSync(join(temp, 'mapping.json'), `${JSON.stringify(mapping, null, 2)}\n`)
  writeFileSync(join(temp, 'template.json'), `${JSON.stringify(info, null, 2)}\n`)
  renameSync(temp, folder)
  return { info, origine: 'importe', folder }
}
