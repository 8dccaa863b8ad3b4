import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { mappingSchema } from '../../../../shared/bilan/mapping/mapping-schema'
import type { Modele } from '../../../../shared/contract/bilan-modeles'
import type { DocumentBilan } from '../../../../shared/contract/bilan'
import { formatDateCourteFr } from '../../../../shared/calendar/dates'
import { CliError, type CliIO } from '../io'
import { callOrFail, callOrFailLater, dateOption, openWorkspace, yearOption } from '../open-workspace'
import type { Dispatch } from '../../../api/dispatch'
import { sansRegistreLines } from './sans-registre'

/**
 * The form for `bilan.document`: a template id of the list, or a .docx with its mapping beside it
 * (`form.docx` + `form.mapping.json`, or `mapping.json` in the same folder), sent along.
 */
function chooseForm(ref: string, dispatch: Dispatch): { modeleId: string } | { formulaire: { nomFichier: string; base64: string; correspondance: unknown } } {
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
    // Checked here too, so that the message names the file and the field, as a terminal user needs.
    const parsed = mappingSchema.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new CliError(`Correspondance invalide (${mappingPath}) : champ « ${issue?.path.join('.') || 'racine'} » : ${issue?.message}`)
    }
    return { formulaire: { nomFichier: basename(ref), base64: readFileSync(ref).toString('base64'), correspondance: json } }
  }
  const all = callOrFail<Modele[]>(dispatch, 'bilan.modeles.list', {})
  if (!all.some((t) => t.id === ref)) throw new CliError(`Modèle inconnu : « ${ref} ». Modèles disponibles : ${all.map((t) => t.id).join(', ')}.`)
  return { modeleId: ref }
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
  const { workspace, dispatch } = openWorkspace(flags.db, yearOption(flags.year))
  try {
    const input = { ...chooseForm(flags.template, dispatch), ...(date ? { date } : {}) }
    // The same document as the Bilan screen's « Télécharger »: figures, written answers and hand corrections.
    const filled = await callOrFailLater<DocumentBilan>(dispatch, 'bilan.document', { ...input, format: 'docx' })
    writeFileSync(flags.out, Buffer.from(filled.base64, 'base64'))
    const { annee, avertissement, enfantsManquants, aCompleter, aVerifier, seancesSansRegistre, introuvables } = filled
    if (!flags.json) {
      io.out(`Bilan ${annee} écrit dans ${flags.out} (${filled.remplis} réponses remplies), chiffres au ${formatDateCourteFr(filled.date)}.`)
      if (avertissement) io.out(`Attention : ${avertissement}`)
    }
    let pdfPath: string | null = null
    if (flags.pdf) {
      const { base64, moteur } = await callOrFailLater<DocumentBilan>(dispatch, 'bilan.document', { ...input, format: 'pdf' })
      writeFileSync(flags.pdf, Buffer.from(base64, 'base64'))
      pdfPath = flags.pdf
      if (!flags.json) io.out(`PDF écrit dans ${flags.pdf} (${moteur === 'libreoffice' ? 'mis en page par LibreOffice' : 'imprimé par Chromium, sans LibreOffice : mise en page simplifiée'}).`)
    }
    if (flags.json) {
      io.out(JSON.stringify({ annee, date: filled.date, avertissement, fichier: flags.out, pdf: pdfPath, remplis: filled.remplis, enfantsManquants, aCompleter, aVerifier, seancesSansRegistre, introuvables }, null, 2))
      return 0
    }
    if (aCompleter.length > 0) io.out(`\nÀ compléter à la main (${aCompleter.length}) :\n${aCompleter.map((m) => `  - ${short(m.libelle)} — ${m.raison}`).join('\n')}`)
    if (aVerifier.length > 0) io.out(`\nÀ vérifier (${aVerifier.length}) : valeurs écrites sur un rapprochement peu sûr ou totaux à revoir\n${aVerifier.map((m) => `  - ${short(m.libelle)} → « ${short(m.valeur)} »${m.raison.startsWith('le total') ? ` (${m.raison})` : ''}`).join('\n')}`)
    for (const m of enfantsManquants) io.out(`\nNon comptés dans ${m.cases} case(s) du formulaire : ${m.libelle} — ${m.enfants.map((e) => e.nom).join(', ')}`)
    for (const line of sansRegistreLines(seancesSansRegistre)) io.out(line)
    if (introuvables.length > 0) io.err(`Attention : ${introuvables.length} place(s) de la correspondance absentes du document (modèle d'une autre version ?).`)
    return 0
  } finally {
    workspace.close()
  }
}
