import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import { mappingSchema, type Mapping } from '../../../../shared/bilan/mapping/mapping-schema'
import { DocxError } from '../../../bilan/docx/docx-file'
import type { FillReport } from '../../../bilan/docx/fill'
import { fillTemplate } from '../../../bilan/fill-template'
import { docxToPdf } from '../../../bilan/pdf/bilan-pdf'
import { PdfError } from '../../../bilan/pdf/libreoffice'
import { findBuiltinTemplatesFolder, importedTemplatesFolder } from '../../../bilan/templates/templates-folder'
import { listTemplates, readForm, readMapping, TemplateError } from '../../../bilan/templates/template-store'
import { bilanAnswers, formWarning } from '../../../reads/bilan-inputs'
import { enfantsManquants, totalEcarts } from '../../../../shared/bilan/mapping/group-checks'
import type { Answers } from '../../../../shared/bilan/mapping/resolve-value'
import { CliError, type CliIO } from '../io'
import { dateOption, openWorkspace, yearOption } from '../open-workspace'
import { readContextForYear } from '../../../years/past-year'
import { sansRegistreLines } from './sans-registre'
import { ApiError } from '../../../../shared/contract/errors'
import { formatDateCourteFr } from '../../../../shared/calendar/dates'

/**
 * The form and its mapping: a template id, or a .docx path with its mapping beside it
 * (`form.docx` + `form.mapping.json`, or `mapping.json` in the same folder).
 */
function resolveTemplate(ref: string, dbPath: string) {
  if (extname(ref).toLowerCase() === '.docx') {
    if (!existsSync(ref)) throw new CliError(`Fichier introuvable : ${ref}`)
    const candidates = [ref.replace(/\.docx$/i, '.mapping.json'), ref.replace(/[^/\\]+$/, 'mapping.json')]
    const mappingPath = candidates.find((c) => existsSync(c))
    if (!mappingPath) throw new CliError(`Aucune correspondance à côté de ${ref} : importez d'abord le formulaire avec « clas templates import ».`)
    let json: unknown
    try {
      json = JSON.parse(readFileSync(mappingPath, 'utf8'))
    } catch {
      throw new CliError(`Correspondance illisible (${mappingPath}) : ce n'est pas du JSON.`)
    }
    const parsed = mappingSchema.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new CliError(`Correspondance invalide (${mappingPath}) : champ « ${issue?.path.join('.') || 'racine'} » : ${issue?.message}`)
    }
    return { form: readFileSync(ref), mapping: parsed.data, title: ref, info: null }
  }
  const all = listTemplates(findBuiltinTemplatesFolder(), importedTemplatesFolder(dbPath))
  const found = all.find((t) => t.info.id === ref)
  if (!found) throw new CliError(`Modèle inconnu : « ${ref} ». Modèles disponibles : ${all.map((t) => t.info.id).join(', ')}.`)
  return { form: readForm(found), mapping: readMapping(found), title: found.info.titre, info: found.info }
}

/** What is left to the coordinator once the form is filled: every place left empty, every value to check. */
export function leftToCoordinator(report: FillReport, mapping?: Mapping, answers?: Answers) {
  const ecarts = mapping && answers ? totalEcarts(mapping, answers) : []
  const enfants = mapping && answers ? enfantsManquants(mapping, answers) : []
  return {
    enfantsManquants: enfants,
    aCompleter: [
      ...report.manquants.map((m) => ({ cle: m.blank, libelle: m.label, raison: m.raison })),
      ...report.vides.map((m) => ({ cle: m.blank, libelle: m.label, raison: m.raison })),
      ...report.debordements.map((d) => ({ cle: null, libelle: d, raison: 'lignes en plus' })),
    ],
    aVerifier: [
      ...report.aVerifier.map((v) => ({ cle: v.blank, libelle: v.label, valeur: v.texte, raison: 'rapprochement peu sûr, non confirmé à l\'import' })),
      ...ecarts.map((t) => ({ cle: t.blank, libelle: t.label, valeur: String(t.total), raison: t.raison })),
    ],
  }
}

const short = (label: string) => (label.length > 90 ? `${label.slice(0, 89)}…` : label)

/**
 * `clas bilan --template ID|FILE.docx --out FILE.docx [--pdf FILE.pdf] [--date D] [--year AAAA-AAAA] [--json]`:
 * the year's bilan on the CAF's form, figures as of D, with what is left to the coordinator.
 */
export async function bilanCommand(flags: { db?: string; template?: string; out?: string; pdf?: string; date?: string; year?: string; json?: boolean }, io: CliIO): Promise<number> {
  if (!flags.template) throw new CliError('Précisez le modèle : --template ID (voir « clas templates ») ou --template FORMULAIRE.docx', 2)
  if (!flags.out || extname(flags.out).toLowerCase() !== '.docx') throw new CliError('Précisez le fichier à écrire : --out BILAN.docx', 2)
  if (flags.pdf !== undefined && extname(flags.pdf).toLowerCase() !== '.pdf') throw new CliError('Le fichier PDF doit finir par .pdf : --pdf BILAN.pdf', 2)
  const date = dateOption(flags.date)
  const { workspace, path } = openWorkspace(flags.db, yearOption(flags.year))
  try {
    const template = resolveTemplate(flags.template, path)
    // The same answers as the Bilan screen's: figures, written answers and hand corrections.
    const { doc, answers } = bilanAnswers(readContextForYear(workspace.context()), date)
    const warning = template.info ? formWarning(template.info, doc) : null
    const { docx, report } = await fillTemplate(template.form, template.mapping, answers)
    writeFileSync(flags.out, docx)
    const left = leftToCoordinator(report, template.mapping, answers)
    if (!flags.json) {
      io.out(`Bilan ${doc.anneeScolaire.libelle} écrit dans ${flags.out} (${report.remplis.length} réponses remplies), chiffres au ${formatDateCourteFr(answers.figures.date)}.`)
      if (warning) io.out(`Attention : ${warning}`)
    }
    let pdfPath: string | null = null
    if (flags.pdf) {
      const { pdf, moteur } = await docxToPdf(docx, `Bilan CLAS ${doc.anneeScolaire.libelle} - ${doc.structure.nom}`)
      writeFileSync(flags.pdf, pdf)
      pdfPath = flags.pdf
      if (!flags.json) io.out(`PDF écrit dans ${flags.pdf} (${moteur === 'libreoffice' ? 'mis en page par LibreOffice' : 'imprimé par Chromium, sans LibreOffice : mise en page simplifiée'}).`)
    }
    if (flags.json) {
      const { date, seancesSansRegistre } = answers.figures
      io.out(JSON.stringify({ annee: doc.anneeScolaire.libelle, date, avertissement: warning, fichier: flags.out, pdf: pdfPath, remplis: report.remplis.length, ...left, seancesSansRegistre, introuvables: report.introuvables }, null, 2))
      return 0
    }
    if (left.aCompleter.length > 0) io.out(`\nÀ compléter à la main (${left.aCompleter.length}) :\n${left.aCompleter.map((m) => `  - ${short(m.libelle)} — ${m.raison}`).join('\n')}`)
    if (left.aVerifier.length > 0) io.out(`\nÀ vérifier (${left.aVerifier.length}) : valeurs écrites sur un rapprochement peu sûr ou totaux à revoir\n${left.aVerifier.map((m) => `  - ${short(m.libelle)} → « ${short(m.valeur)} »${m.raison.startsWith('le total') ? ` (${m.raison})` : ''}`).join('\n')}`)
    for (const m of left.enfantsManquants) io.out(`\nNon comptés dans ${m.cases} case(s) du formulaire : ${m.libelle} — ${m.enfants.map((e) => e.nom).join(', ')}`)
    for (const line of sansRegistreLines(answers.figures.seancesSansRegistre)) io.out(line)
    if (report.introuvables.length > 0) io.err(`Attention : ${report.introuvables.length} place(s) de la correspondance absentes du document (modèle d'une autre version ?).`)
    return 0
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(error.message)
    if (error instanceof DocxError || error instanceof TemplateError || error instanceof PdfError) throw new CliError(error.message)
    throw error
  } finally {
    workspace.close()
  }
}
