import { resolve } from 'node:path'
import { formatDateCourteFr } from '../../../../shared/calendar/dates'
import { defaultForm } from '../../../../shared/bilan/templates/form-choice'
import type { Modele } from '../../../../shared/contract/bilan-modeles'
import type { Progression, Verification } from '../../../../shared/contract/cloture'
import { CliError, type CliIO } from '../io'
import { callOrFail, callOrFailLater, openWorkspace } from '../open-workspace'
import { sansRegistreLines } from './sans-registre'

const short = (label: string) => (label.length > 90 ? `${label.slice(0, 89)}…` : label)

/** What is still missing, as the screen lists it before « Continuer quand même ». */
export function missingLines(v: Verification): string[] {
  const lines = [...sansRegistreLines(v.seancesSansRegistre)]
  if (v.questionsSansReponse.length) lines.push('', `Questions du bilan sans réponse (${v.questionsSansReponse.length}) :`, ...v.questionsSansReponse.map((q) => `  - ${short(q.libelle)}`))
  if (v.aVerifier.length) lines.push('', `À vérifier (${v.aVerifier.length}) : valeurs écrites sur un rapprochement peu sûr`, ...v.aVerifier.map((a) => `  - ${short(a.libelle)} → « ${short(a.valeur)} »`))
  return lines
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * `clas year close --db F --out DIR [--template ID] [--no-pdf]`: the closing folder and its .zip
 * in DIR, then the year marked closed. The same calls as the screen's: what is missing, the
 * parts as they are built, the files.
 */
export async function yearCloseCommand(flags: { db?: string; out?: string; template?: string; 'no-pdf'?: boolean }, io: CliIO): Promise<number> {
  if (!flags.out) throw new CliError('Précisez le dossier où préparer la clôture : --out DOSSIER', 2)
  const { workspace, dispatch } = openWorkspace(flags.db)
  try {
    const { anneeScolaire, structure } = callOrFail<{ anneeScolaire: { libelle: string }; structure: { departementCaf: string } }>(dispatch, 'structure.get', {})
    let modeleId = flags.template
    if (!modeleId) {
      const modeles = callOrFail<Modele[]>(dispatch, 'bilan.modeles.list', {})
      const { form, note } = defaultForm(modeles, { annee: anneeScolaire.libelle, departement: structure.departementCaf })
      if (!form) throw new CliError('Aucun formulaire de bilan : importez celui de votre Caf (« clas templates import »).')
      modeleId = form.id
      io.out(`Formulaire : ${form.titre} (--template ${form.id} pour en choisir un autre).${note ? `\n${note}` : ''}`)
    }
    const v = await callOrFailLater<Verification>(dispatch, 'cloture.verifier', { modeleId })
    if (v.clotureeLe) io.out(`L'année ${v.annee} est déjà clôturée (le ${formatDateCourteFr(v.clotureeLe)}) : le dossier est préparé de nouveau.`)
    const missing = missingLines(v)
    if (missing.length) io.out(`Encore incomplet au ${formatDateCourteFr(v.date)} (la clôture se fait quand même) :${missing.join('\n')}\n`)
    let job = callOrFail<Progression>(dispatch, 'cloture.demarrer', { modeleId, dossier: resolve(flags.out), pdf: !flags['no-pdf'] })
    io.out(`Préparation du dossier de clôture ${v.annee} :`)
    let shown = 0
    for (;;) {
      for (const p of job.parties.slice(shown)) io.out(`  [${job.parties.indexOf(p) + 1}/${job.total}] ${p.libelle} (${p.ms} ms)`)
      shown = job.parties.length
      if (job.etat !== 'en_cours') break
      await sleep(100)
      job = callOrFail<Progression>(dispatch, 'cloture.progression', { travailId: job.travailId })
    }
    if (job.etat === 'echec' || !job.resultat) throw new CliError(job.erreur ?? 'La préparation du dossier a échoué.')
    const etat = callOrFail<{ clotureeLe: string }>(dispatch, 'cloture.cloturer', { travailId: job.travailId })
    const r = job.resultat
    io.out(`\nDossier : ${r.dossier}\nArchive : ${r.zip}\nFichiers (${r.fichiers.length}) :`)
    for (const f of r.fichiers) io.out(`  - ${f.chemin}`)
    for (const a of r.avertissements) io.err(`Attention : ${a}`)
    io.out(`\nL'année ${v.annee} est clôturée (le ${formatDateCourteFr(etat.clotureeLe)}) : ses données sont en lecture seule. Pour la modifier, rouvrez-la dans Paramètres.`)
    return 0
  } finally {
    workspace.close()
  }
}
