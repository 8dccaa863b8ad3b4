import { formatDateCourteFr } from '../../shared/calendar/dates'
import { ApiError } from '../../shared/contract/errors'
import { sortFr } from '../../shared/domain/french-order'
import type { HandlerMap, ServiceContext } from '../api/context'
import { requireRow } from '../api/checks'
import {
  collectifsAtLieu, deleteEtablissement, deleteFamille, deleteLieu, etablissementReferences, readEtablissementRow, readFamilleRow, readLieuRow,
} from '../store/repos/referentiels'
import { deleteUndoably } from '../undo/delete-undoably'
import {
  readEtablissements, readFamilles, readIntervenants, readLieux, writeEtablissement, writeFamille, writeIntervenant, writeLieu,
} from '../store/repos/association'
import type { CallsOf } from '../../shared/contract'
import type { referentielsContract } from '../../shared/contract/referentiels'

/** « a », « a et b », « a, b et c ». */
const enumerate = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`)

/** A few names, then how many more: a long list in a message helps nobody. */
const someOf = (names: string[], shown = 3) => (names.length <= shown ? enumerate(names) : `${names.slice(0, shown).join(', ')} et ${names.length - shown} autres`)

/**
 * What still points at an établissement, in French (« au collectif « X » », « à 3 enfants (…) »).
 * Every year counts: the database refuses to lose a reference, whichever year holds it.
 */
function etablissementUses(ctx: ServiceContext, id: string): string[] {
  const refs = etablissementReferences(ctx.db, id)
  const cols = sortFr(refs.collectifs, (c) => c.nom).map((c) => `« ${c.nom} »`)
  const kids = sortFr(refs.enfants, (e) => e.nom, (e) => e.prenom).map((e) => `${e.prenom} ${e.nom}`)
  const dates = refs.concertationDates.map(formatDateCourteFr)
  const uses: string[] = []
  if (cols.length) uses.push(cols.length === 1 ? `au collectif ${cols[0]}` : `à ${cols.length} collectifs (${someOf(cols)})`)
  if (kids.length) uses.push(kids.length === 1 ? `à l'enfant ${kids[0]}` : `à ${kids.length} enfants (${someOf(kids)})`)
  if (dates.length) uses.push(dates.length === 1 ? `à la concertation du ${dates[0]}` : `à ${dates.length} concertations (${someOf(dates)})`)
  return uses
}

export const referentielsHandlers: HandlerMap<CallsOf<typeof referentielsContract>> = {
  'lieux.list': (_i, ctx) => readLieux(ctx.db),
  'lieux.save': (input, ctx) => {
    const lieu = { ...input, id: input.id ?? ctx.newId() }
    writeLieu(ctx.db, lieu)
    return lieu
  },
  'lieux.supprimer': ({ id }, ctx) => {
    const lieu = requireRow(readLieuRow(ctx.db, id), 'Lieu')
    const used = collectifsAtLieu(ctx.db, id)
    if (used.length > 0) {
      throw new ApiError({ code: 'conflict', message: `« ${lieu.nom} » accueille encore ${used.length === 1 ? 'le collectif' : 'les collectifs'} ${used.map((c) => `« ${c.nom} »`).join(', ')} : choisissez-leur un autre lieu avant de le supprimer.` })
    }
    return deleteUndoably(ctx, `le lieu « ${lieu.nom} »`, [['lieux', 'id = ?', [id]]], () => deleteLieu(ctx.db, id))
  },
  'etablissements.list': (_i, ctx) => readEtablissements(ctx.db),
  'etablissements.save': (input, ctx) => {
    const e = { ...input, id: input.id ?? ctx.newId() }
    writeEtablissement(ctx.db, e)
    return e
  },
  // Refused rather than detached: a child's établissement feeds the bilan (REP, schools the Clas
  // works with), and a reference lost silently would only show in June. A duplicate is merged
  // by moving its children to the other établissement first, with the message naming them.
  'etablissements.supprimer': ({ id }, ctx) => {
    const etablissement = requireRow(readEtablissementRow(ctx.db, id), 'Établissement')
    const uses = etablissementUses(ctx, id)
    if (uses.length > 0) {
      throw new ApiError({ code: 'conflict', message: `« ${etablissement.nom} » est encore lié ${enumerate(uses)} : retirez-le de leurs fiches avant de le supprimer.` })
    }
    return deleteUndoably(ctx, `l'établissement « ${etablissement.nom} »`, [['etablissements', 'id = ?', [id]]], () => deleteEtablissement(ctx.db, id))
  },
  'intervenants.list': (_i, ctx) => readIntervenants(ctx.db),
  'intervenants.save': (input, ctx) => {
    const i = { ...input, id: input.id ?? ctx.newId() }
    writeIntervenant(ctx.db, i)
    return i
  },
  'familles.list': (_i, ctx) => readFamilles(ctx.db),
  'familles.save': (input, ctx) => {
    const f = { ...input, id: input.id ?? ctx.newId() }
    writeFamille(ctx.db, f)
    return f
  },
  // The children stay, only detached: they are enrolled and counted whatever their family.
  'familles.supprimer': ({ id }, ctx) => {
    const famille = readFamilleRow(ctx.db, id)
    if (!famille) throw new ApiError({ code: 'not_found', message: 'Famille introuvable : elle a peut-être été supprimée.' })
    return deleteUndoably(ctx, `la famille « ${famille.nom} »`, [['familles', 'id = ?', [id]], ['enfants', 'famille_id = ?', [id]]], () => deleteFamille(ctx.db, id))
  },
}
