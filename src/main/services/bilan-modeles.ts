import { createHash } from 'node:crypto'
import { rmSync } from 'node:fs'
import { TABLE_LABELS } from '../../shared/bilan/figures/labels'
import { bindingChoices, valeurLibelle } from '../../shared/bilan/mapping/binding-choices'
import type { ApercuModele, Modele } from '../../shared/contract/bilan-modeles'
import { ApiError } from '../../shared/contract/errors'
import type { HandlerMap, PreparerMap, ServiceContext } from '../api/context'
import { DocxError } from '../bilan/docx/docx-file'
import { analyseForm, isUnsure, proposalOf, summarize, type FormAnalysis } from '../bilan/templates/analyse-form'
import { buildMapping, checkRequest, importTemplate, proposedId, TemplateImportError, type ImportRequest, type TemplateFolders } from '../bilan/templates/import-template'
import { findBuiltinTemplatesFolder, importedTemplatesFolder } from '../bilan/templates/templates-folder'
import { listTemplates, TemplateError, type StoredTemplate } from '../bilan/templates/template-store'
import { readQuartiers } from '../store/repos/association'
import type { CallsOf } from '../../shared/contract'
import type { bilanModelesContract } from '../../shared/contract/bilan-modeles'

interface FichierModele {
  nomFichier: string
  base64: string
  departement: string
  anneeScolaire: string
  titre?: string
}

// Imported forms live beside the user's own database, also while the demo is open.
const folders = (ctx: ServiceContext): TemplateFolders => ({ builtin: findBuiltinTemplatesFolder(), imported: importedTemplatesFolder(ctx.workspace.mainPath) })

const modele = (t: StoredTemplate): Modele => ({ id: t.info.id, departement: t.info.departement, anneeScolaire: t.info.anneeScolaire, titre: t.info.titre, origine: t.origine })

/**
 * The last form analysed, by the hash of its bytes: proposing takes seconds, and the
 * confirmation sends the same file the preview just read. One entry, in memory only.
 */
let lastAnalysis: { key: string; analysis: FormAnalysis } | null = null

/** What the preparer hands the import: the analysis and the quartiers it was made with. */
interface PreparedForm {
  quartiers: readonly string[]
  analysis: FormAnalysis
}

/** The form read with the base's quartiers, that its tables may name (a quartier entered since: read again). */
function analyseOnce(bytes: Uint8Array, quartiers: readonly string[]): FormAnalysis {
  const key = createHash('sha256').update(bytes).update(JSON.stringify(quartiers)).digest('hex')
  if (lastAnalysis?.key === key) return lastAnalysis.analysis
  const analysis = analyseForm(bytes, quartiers)
  lastAnalysis = { key, analysis }
  return analysis
}

/** Refusals of the import become French validation errors; the file's own problems point at the file, said for a person (no field name). */
function asApiError(error: unknown): unknown {
  if (error instanceof TemplateImportError) return new ApiError({ code: 'validation', message: error.message, ...(error.field ? { field: error.field } : {}) })
  if (error instanceof DocxError) return new ApiError({ code: 'validation', field: 'base64', message: error.message })
  if (error instanceof TemplateError) return new ApiError({ code: 'conflict', message: error.message })
  return error
}

const request = (input: FichierModele): ImportRequest => ({ ...input, bytes: Buffer.from(input.base64, 'base64') })

function apercu(input: FichierModele, ctx: ServiceContext): ApercuModele {
  const req = request(input)
  const checked = checkRequest(req)
  const analysis = analyseOnce(req.bytes, readQuartiers(ctx.db))
  const blancs = analysis.blanks.map((b) => {
    const p = proposalOf(analysis, b.key)
    const valeur = p?.valeur ?? { ignorer: true as const }
    const rule = analysis.covered.get(b.key)?.rule
    return {
      key: b.key, kind: b.kind, libelle: b.label, titre: b.heading, precedent: b.previous,
      ...(b.table !== undefined ? { tableau: b.table, ligne: b.ligne ?? '', colonne: b.colonne ?? '' } : {}),
      proposition: valeur, propositionLibelle: valeurLibelle(valeur), confiance: p?.score ?? 0, aVerifier: !p || isUnsure(p),
      ...(p?.note ? { note: p.note } : {}),
      ...(rule !== undefined ? { parLignes: rule } : {}),
    }
  })
  const tableaux = analysis.lignes.map((l) => ({
    tableau: l.tableau, repete: l.repete, repeteLibelle: TABLE_LABELS[l.repete].libelle, premiereLigne: l.premiereLigne, derniereLigne: l.derniereLigne,
    colonnes: Object.entries(l.colonnes).map(([c, champ]) => ({ colonne: Number(c), champ, libelle: TABLE_LABELS[l.repete].colonnes.find((x) => x.colonne === champ)?.libelle ?? champ })),
  }))
  const { blancs: nb, relies, peuSurs, vides, aVerifier } = summarize(analysis, buildMapping(analysis))
  return {
    fichier: { nom: input.nomFichier, octets: req.bytes.byteLength },
    ...checked,
    id: proposedId(req, checked, folders(ctx)),
    blancs, tableaux, choix: bindingChoices(),
    resume: { blancs: nb, relies, peuSurs, vides, aVerifier },
  }
}

export const bilanModelesHandlers: HandlerMap<CallsOf<typeof bilanModelesContract>> = {
  'bilan.modeles.list': (_input, ctx) => {
    const f = folders(ctx)
    return listTemplates(f.builtin, f.imported).map(modele)
  },

  'bilan.modeles.importer.apercu': (input, ctx) => {
    try {
      return apercu(input, ctx)
    } catch (error) {
      throw asApiError(error)
    }
  },

  'bilan.modeles.importer.confirmer': (input, ctx) => {
    const { bindings, lignesRetirees, ...fichier } = input
    try {
      // Analysed by the preparer below, before the call's transaction: read again only if a
      // family's quartier changed meanwhile (the analysis is kept per file and quartiers).
      const prepared = ctx.prepared as PreparedForm | undefined
      const quartiers = readQuartiers(ctx.db)
      const analyse = (bytes: Uint8Array) =>
        prepared && JSON.stringify(prepared.quartiers) === JSON.stringify(quartiers) ? prepared.analysis : analyseOnce(bytes, quartiers)
      const { template, mapping, summary } = importTemplate(request(fichier), { bindings, lignesRetirees }, folders(ctx), ctx.today(), analyse)
      // The same « à vérifier » as every filled form's report: what the coordinator did not confirm.
      const aRevoir = mapping.blanks.flatMap((b) => (b.aVerifier ? [{ libelle: b.label, valeur: b.valeur, ...(b.note ? { note: b.note } : {}) }] : []))
      return { ...modele(template), dossier: template.folder, resume: summary, aRevoir }
    } catch (error) {
      throw asApiError(error)
    }
  },

  'bilan.modeles.supprimer': ({ id }, ctx) => {
    const f = folders(ctx)
    const found = listTemplates(f.builtin, f.imported).find((t) => t.info.id === id)
    if (!found) throw new ApiError({ code: 'not_found', field: 'id', message: `id : aucun modèle « ${id} »` })
    if (found.origine !== 'importe') throw new ApiError({ code: 'validation', field: 'id', message: `id : « ${found.info.titre} » est fourni avec l'application : il ne peut pas être supprimé` })
    rmSync(found.folder, { recursive: true, force: true })
    return { id, titre: found.info.titre }
  },
}

/**
 * The form is read and analysed (seconds for a large one) before the import's transaction, not
 * inside it: the base is never held meanwhile. The request is checked first, as the import does.
 */
export const bilanModelesPreparers: PreparerMap = {
  'bilan.modeles.importer.confirmer': async ({ bindings: _b, lignesRetirees: _l, ...fichier }, ctx) => {
    try {
      const req = request(fichier)
      checkRequest(req)
      const quartiers = readQuartiers(ctx.db)
      const prepared: PreparedForm = { quartiers, analysis: analyseOnce(req.bytes, quartiers) }
      return prepared
    } catch (error) {
      throw asApiError(error)
    }
  },
}
