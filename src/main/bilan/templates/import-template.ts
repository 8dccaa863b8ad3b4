import { existsSync, readdirSync } from 'node:fs'
import type { Mapping, TemplateInfo, Valeur } from '../../../shared/bilan/mapping/mapping-schema'
import { valeurKey, valeurProblem } from '../../../shared/bilan/mapping/binding-choices'
import { anneeScolaireProblem, departementProblem, normalizeDepartement } from '../../../shared/bilan/templates/import-fields'
import { analyseForm, isCoveredBy, isUnsure, proposalOf, summarize, type FormAnalysis, type ImportSummary } from './analyse-form'
import { newTemplateId } from './template-id'
import { listTemplates, saveImportedTemplate, type StoredTemplate } from './template-store'

/** A refusal of an import, in French, with the input field it is about when there is one. */
export class TemplateImportError extends Error {
  constructor(message: string, readonly field?: string) {
    super(field ? `${field} : ${message}` : message)
  }
}

export interface ImportRequest {
  bytes: Uint8Array
  nomFichier: string
  departement: string
  anneeScolaire: string
  titre?: string
}

/** What the coordinator decided on the review screen; left out, the proposals stand. */
export interface ImportChoices {
  bindings?: { blank: string; valeur: Valeur }[]
  /** Row rules (index in the proposed `lignes`) to drop: their cells are then bound one by one. */
  lignesRetirees?: number[]
}

export interface TemplateFolders {
  builtin: string
  imported: string
}

export interface CheckedRequest {
  departement: string
  anneeScolaire: string
  titre: string
}

export const defaultTitle = (departement: string, anneeScolaire: string) => `Bilan Clas ${anneeScolaire} – Caf ${departement}`

/** The department, year and title of an import, checked and normalized, before the file is even read. */
export function checkRequest(request: Pick<ImportRequest, 'departement' | 'anneeScolaire' | 'titre'>): CheckedRequest {
  const departementIssue = departementProblem(request.departement)
  if (departementIssue) throw new TemplateImportError(departementIssue, 'departement')
  const anneeIssue = anneeScolaireProblem(request.anneeScolaire)
  if (anneeIssue) throw new TemplateImportError(anneeIssue, 'anneeScolaire')
  const departement = normalizeDepartement(request.departement)
  const anneeScolaire = request.anneeScolaire.trim()
  const titre = request.titre?.trim() || defaultTitle(departement, anneeScolaire)
  if (titre.length > 200) throw new TemplateImportError('le titre est trop long (200 caractères au plus)', 'titre')
  return { departement, anneeScolaire, titre }
}

/** Every id in use: built-in and imported forms, and any folder already in the imported forms' folder. */
export function takenIds(folders: TemplateFolders): Set<string> {
  const ids = new Set(listTemplates(folders.builtin, folders.imported).map((t) => t.info.id))
  if (existsSync(folders.imported)) for (const name of readdirSync(folders.imported)) ids.add(name)
  return ids
}

/** The id the form will get: from the title given, else from the file's name. */
export function proposedId(request: ImportRequest, checked: CheckedRequest, folders: TemplateFolders): string {
  return newTemplateId(checked.departement, checked.anneeScolaire, request.titre?.trim() || request.nomFichier, takenIds(folders))
}

/**
 * The mapping to save: the proposals, with the coordinator's choices over them. A choice must
 * name a blank of this document, a figure or question that exists, and one that fits the blank.
 */
export function buildMapping(analysis: FormAnalysis, choices: ImportChoices = {}): Mapping {
  const dropped = new Set(choices.lignesRetirees ?? [])
  for (const [i, r] of (choices.lignesRetirees ?? []).entries()) {
    if (r >= analysis.lignes.length) throw new TemplateImportError(`ce document n'a pas de remplissage ligne par ligne n° ${r + 1}`, `lignesRetirees[${i}]`)
  }
  const lignes = analysis.lignes.filter((_, r) => !dropped.has(r))
  const byKey = new Map(analysis.blanks.map((b) => [b.key, b]))
  const chosen = new Map<string, Valeur>()
  for (const [i, { blank, valeur }] of (choices.bindings ?? []).entries()) {
    const b = byKey.get(blank)
    if (!b) throw new TemplateImportError(`le blanc « ${blank.slice(0, 60)} » n'existe pas dans ce document`, `bindings[${i}].blank`)
    if (chosen.has(blank)) throw new TemplateImportError(`le blanc « ${b.label.slice(0, 60)} » est choisi deux fois`, `bindings[${i}].blank`)
    const rule = lignes.find((l) => isCoveredBy(l, b))
    if (rule) throw new TemplateImportError(`la case « ${b.label.slice(0, 60)} » est remplie ligne par ligne (tableau ${rule.tableau + 1}) : retirez d'abord ce tableau du remplissage ligne par ligne`, `bindings[${i}].blank`)
    const problem = valeurProblem(valeur, b.kind)
    if (problem) throw new TemplateImportError(problem, `bindings[${i}].valeur`)
    chosen.set(blank, valeur)
  }
  const blanks = analysis.blanks
    .filter((b) => !lignes.some((l) => isCoveredBy(l, b)))
    .map((b) => {
      const choice = chosen.get(b.key)
      const proposal = proposalOf(analysis, b.key)
      // A total keeps the cells it checks only while it is what was proposed.
      const somme = proposal?.somme && (!choice || valeurKey(choice) === valeurKey(proposal.valeur)) ? { somme: proposal.somme } : {}
      if (choice) return { blank: b.key, label: b.label, valeur: choice, ...somme }
      // What the coordinator did not confirm stays « à vérifier » in every filled form's report.
      const unsure = !proposal || isUnsure(proposal)
      return {
        blank: b.key, label: b.label, valeur: proposal?.valeur ?? { ignorer: true as const },
        ...(unsure ? { aVerifier: true as const } : {}), ...(unsure && proposal?.note ? { note: proposal.note } : {}), ...somme,
      }
    })
  return { version: 1, blanks, lignes }
}

export interface ImportResult {
  template: StoredTemplate
  analysis: FormAnalysis
  mapping: Mapping
  summary: ImportSummary
  /** Blanks whose proposal was changed by the coordinator. */
  changed: number
}

/**
 * Imports a department's form: checks the request, reads the file safely, proposes a binding
 * for every blank, applies the coordinator's choices, and saves the form with its mapping in
 * the imported forms' folder under a new id. Nothing is saved when anything is refused.
 * `analyse` lets a caller reuse the analysis its preview already made of the same bytes.
 */
export function importTemplate(request: ImportRequest, choices: ImportChoices, folders: TemplateFolders, today: string, analyse: (bytes: Uint8Array) => FormAnalysis = analyseForm): ImportResult {
  const checked = checkRequest(request)
  const analysis = analyse(request.bytes)
  const mapping = buildMapping(analysis, choices)
  const info: TemplateInfo = {
    id: proposedId(request, checked, folders),
    departement: checked.departement,
    anneeScolaire: checked.anneeScolaire,
    titre: checked.titre,
    source: `Importé depuis « ${request.nomFichier.slice(0, 200)} » le ${today}.`,
  }
  const template = saveImportedTemplate(folders.imported, info, request.bytes, mapping)
  const changed = (choices.bindings ?? []).filter((c) => valeurKey(c.valeur) !== valeurKey(proposalOf(analysis, c.blank)?.valeur ?? { ignorer: true })).length
  return { template, analysis, mapping, summary: summarize(analysis, mapping), changed }
}
