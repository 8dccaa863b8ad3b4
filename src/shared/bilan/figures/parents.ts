import { FORMATS_ACTION_PARENTS, OBJECTIFS_PARENTS } from '../../domain/lists'
import { plural } from './numbers'
import type { FigureSink } from './types'
import type { YearData } from './year-data'

type ActionParents = YearData['doc']['actionsParents'][number]

/**
 * `parents.objectif.<code>`, `parents.format.<code>.seances / .parents / .enfants`, the same by
 * format for the actions of the TNE project alone (`parents.tne.format.<code>.*`: the bonus TNE
 * form's table asks those, not every action), `parents.familles`.
 */
export function parentsFigures(data: YearData, out: FigureSink): void {
  const actions = data.doc.actionsParents
  const source = actions.length === 0 ? 'aucune action avec les parents saisie' : `calculé depuis ${plural(actions.length, 'action avec les parents', 'actions avec les parents')}`
  for (const code of OBJECTIFS_PARENTS) out.set(`parents.objectif.${code}`, actions.filter((a) => a.objectifs.includes(code)).length, source)
  formatFigures('parents.format', actions, source, out)
  const tne = actions.filter((a) => a.bonus === 'tne')
  const tneSource = tne.length === 0 ? 'aucune action avec les parents du projet TNE saisie' : `calculé depuis ${plural(tne.length, 'action avec les parents du projet TNE', 'actions avec les parents du projet TNE')}`
  formatFigures('parents.tne.format', tne, tneSource, out)
  const familles = new Set(actions.flatMap((a) => a.familleIds ?? []))
  out.set('parents.familles', familles.size, source)
}

/** `<prefix>.<format>.seances / .parents / .enfants` of `actions`. */
function formatFigures(prefix: string, actions: readonly ActionParents[], source: string, out: FigureSink): void {
  for (const code of FORMATS_ACTION_PARENTS) {
    const mine = actions.filter((a) => a.format === code)
    const withEnfants = mine.filter((a) => a.nbEnfants !== undefined)
    out.set(`${prefix}.${code}.seances`, mine.length, source)
    out.set(`${prefix}.${code}.parents`, mine.reduce((n, a) => n + a.nbParents, 0), source)
    // Children present is optional: when none of these actions has it, the total is unknown, not 0.
    out.set(`${prefix}.${code}.enfants`, mine.length > 0 && withEnfants.length === 0 ? null : withEnfants.reduce((n, a) => n + (a.nbEnfants ?? 0), 0),
      withEnfants.length < mine.length ? `${source}, nombre d'enfants saisi pour ${withEnfants.length} sur ${mine.length}` : source)
  }
}
