import type { DemarrageAnnee, PropositionAnneeSuivante } from '../../../../shared/contract/annee-suivante'
import { formatDateCourteFr } from '../../../../shared/calendar/dates'
import { callOrFail, openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`

/**
 * `clas year start AAAA-AAAA`: the « Nouvelle année » step with the proposal as it is: every
 * child carried one level up in their collectif (CM2 into the collège collectif of the same lieu
 * when there is one), those finishing terminale leave. Through the same calls as the screen.
 */
export function yearStartCommand(flags: { db?: string; year?: string }, io: CliIO): number {
  const libelle = flags.year
  if (!libelle) throw new CliError("Indiquez l'année à démarrer : clas year start AAAA-AAAA (par exemple 2026-2027).", 2)
  if (!/^\d{4}-\d{4}$/.test(libelle)) throw new CliError(`« ${libelle} » n'est pas une année scolaire (AAAA-AAAA attendu, par exemple 2026-2027).`, 2)
  const { workspace, dispatch } = openWorkspace(flags.db)
  try {
    const proposition = callOrFail<PropositionAnneeSuivante>(dispatch, 'anneeSuivante.preparer', {})
    if (proposition.avertissement) io.err(`Attention : ${proposition.avertissement}`)
    const done = callOrFail<DemarrageAnnee>(dispatch, 'anneeSuivante.demarrer', { libelle })
    io.out(
      [
        `Année ${done.libelle} démarrée (du ${formatDateCourteFr(proposition.debut)} au ${formatDateCourteFr(proposition.fin)}, zone ${proposition.zone}) : c'est désormais l'année en cours.`,
        `  ${plural(done.collectifs, 'collectif reconduit', 'collectifs reconduits')}`,
        `  ${plural(done.seances, 'séance planifiée', 'séances planifiées')} du ${formatDateCourteFr(proposition.planification.du)} au ${formatDateCourteFr(proposition.planification.au)}${proposition.vacancesConnues ? ', hors vacances scolaires et jours fériés' : ', hors jours fériés seulement (vacances scolaires inconnues)'}`,
        `  ${plural(done.enfants, 'enfant reconduit', 'enfants reconduits')} au niveau suivant`,
        `  ${plural(done.partis, 'enfant ne continue pas', 'enfants ne continuent pas')} (fin de terminale)`,
      ].join('\n'),
    )
    return 0
  } finally {
    workspace.close()
  }
}
