import type { HandlerMap } from '../api/context'
import {
  readEtablissements, readFamilles, readIntervenants, readLieux, writeEtablissement, writeFamille, writeIntervenant, writeLieu,
} from '../store/repos/association'

type Calls = 'lieux.list' | 'lieux.save' | 'etablissements.list' | 'etablissements.save' | 'intervenants.list' | 'intervenants.save' | 'familles.list' | 'familles.save'

export const referentielsHandlers: HandlerMap<Calls> = {
  'lieux.list': (_i, ctx) => readLieux(ctx.db),
  'lieux.save': (input, ctx) => {
    const lieu = { ...input, id: input.id ?? ctx.newId() }
    writeLieu(ctx.db, lieu)
    return lieu
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
