import type { AppStatus } from '../../shared/contract'
import { ApiError } from '../../shared/contract/errors'
import type { HandlerMap, ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { buildDemoDocument } from '../demo/build-demo'
import { markLatestAnneeCurrent, readCurrentAnnee, readStructure, writeAnnee, writeStructure } from '../store/repos/association'
import { importDocument } from './echange'

export function appStatus(ctx: ServiceContext): AppStatus {
  const structure = readStructure(ctx.db)
  const annee = readCurrentAnnee(ctx.db)
  return {
    configured: structure !== null && annee !== null,
    demo: ctx.workspace.isDemo,
    structureNom: structure?.nom ?? null,
    annee: annee && structure ? { libelle: annee.libelle, debut: annee.debut, fin: annee.fin, zone: annee.zone, milieuRural: structure.milieuRural } : null,
  }
}

/** Fills a database with the demonstration association. */
export function fillDemo(ctx: ServiceContext): Record<string, number> {
  return importDocument(ctx, buildDemoDocument())
}

type AppCalls = 'app.status' | 'app.openDemo' | 'app.leaveDemo' | 'setup.create' | 'structure.get' | 'structure.update'

export const appHandlers: HandlerMap<AppCalls> = {
  'app.status': (_input, ctx) => appStatus(ctx),
  'app.openDemo': (_input, ctx) => {
    ctx.workspace.openDemo(fillDemo)
    return appStatus(ctx.workspace.context())
  },
  'app.leaveDemo': (_input, ctx) => {
    ctx.workspace.leaveDemo()
    return appStatus(ctx.workspace.context())
  },
  'setup.create': ({ structure, anneeScolaire }, ctx) => {
    if (readStructure(ctx.db)) throw new ApiError({ code: 'conflict', message: "L'association est déjà configurée : modifiez-la dans Paramètres." })
    writeStructure(ctx.db, structure)
    writeAnnee(ctx.db, anneeScolaire, ctx.newId)
    markLatestAnneeCurrent(ctx.db)
    return appStatus(ctx)
  },
  'structure.get': (_input, ctx) => {
    const { id: _id, ...anneeScolaire } = requireAnnee(ctx)
    const structure = readStructure(ctx.db)
    if (!structure) throw new ApiError({ code: 'conflict', message: "L'association n'est pas encore configurée." })
    return { structure, anneeScolaire }
  },
  'structure.update': ({ structure, anneeScolaire }, ctx) => {
    const current = requireAnnee(ctx)
    if (anneeScolaire.libelle !== current.libelle) {
      throw new ApiError({ code: 'validation', field: 'anneeScolaire.libelle', message: "anneeScolaire.libelle : le libellé de l'année en cours ne peut pas être changé ici" })
    }
    writeStructure(ctx.db, structure)
    writeAnnee(ctx.db, anneeScolaire, ctx.newId)
    return appStatus(ctx)
  },
}
