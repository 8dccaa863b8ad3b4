import { eq } from 'drizzle-orm'
import { ApiError } from '../../shared/contract/errors'
import type { HandlerMap } from '../api/context'
import { requireRow } from '../api/checks'
import { collectifs, lieux } from '../store/schema'
import { deleteUndoably } from '../undo/delete-undoably'
import {
  readEtablissements, readFamilles, readIntervenants, readLieux, writeEtablissement, writeFamille, writeIntervenant, writeLieu,
} from '../store/repos/association'

type Calls = 'lieux.list' | 'lieux.save' | 'lieux.supprimer' | 'etablissements.list' | 'etablissements.save' | 'intervenants.list' | 'intervenants.save' | 'familles.list' | 'familles.save'

export const referentielsHandlers: HandlerMap<Calls> = {
  'lieux.list': (_i, ctx) => readLieux(ctx.db),
  'lieux.save': (input, ctx) => {
    const lieu = { ...input, id: input.id ?? ctx.newId() }
    writeLieu(ctx.db, lieu)
    return lieu
  },
  'lieux.supprimer': ({ id }, ctx) => {
    const lieu = requireRow(ctx.db.select().from(lieux).where(eq(lieux.id, id)).get(), 'Lieu')
    const used = ctx.db.select({ nom: collectifs.nom }).from(collectifs).where(eq(collectifs.lieuId, id)).all()
    if (used.length > 0) {
      throw new ApiError({ code: 'conflict', message: `« ${lieu.nom} » accueille encore ${used.length === 1 ? 'le collectif' : 'les collectifs'} ${used.map((c) => `« ${c.nom} »`).join(', ')} : choisissez-leur un autre lieu avant de le supprimer.` })
    }
    return deleteUndoably(ctx, `le lieu « ${lieu.nom} »`, [['lieux', 'id = ?', [id]]], () => ctx.db.delete(lieux).where(eq(lieux.id, id)).run())
  },
  'etablissements.list': (_i, ctx) => readEtablissements(ctx.db),
  'etablissements.save': (input, ctx) => {
    const e = { ...input, id: input.id ?? ctx.newId() }
    writeEtablissement(ctx.db, e)
    return e
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
}
