import type { AppStatus, CallsOf } from '../../shared/contract'
import type { appContract } from '../../shared/contract/app'
import { ApiError } from '../../shared/contract/errors'
import type { HandlerMap, ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { accessOf } from '../access/call-access'
import { hashSecret, type HashedSecret } from '../access/secrets'
import { buildDemoDocument } from '../demo/build-demo'
import { markLatestAnneeCurrent, readAnneeByLibelle, readCurrentAnnee, readStructure, writeAnnee, writeStructure } from '../store/repos/association'
import { insertCompteRows, readCompteRows, writeCompte } from '../store/repos/comptes'
import type { ParsedInput } from '../../shared/contract'
import { openSession } from '../access/open-session'
import { importDocument } from '../writes/import-document'
import { requireConfiguredYear } from '../reads/year-document'

export function appStatus(ctx: ServiceContext): AppStatus {
  const structure = readStructure(ctx.db)
  // A past year chosen (read from its archive, or from the live tables): that year's dates and zone.
  const annee = (ctx.annee !== undefined ? readAnneeByLibelle(ctx.db, ctx.annee) : null) ?? readCurrentAnnee(ctx.db)
  return {
    configured: structure !== null && annee !== null,
    demo: ctx.workspace.isDemo,
    structureNom: structure?.nom ?? null,
    annee: annee && structure ? { libelle: annee.libelle, debut: annee.debut, fin: annee.fin, zone: annee.zone, milieuRural: structure.milieuRural, departementCaf: structure.departementCaf } : null,
    clock: { today: ctx.today(), fixed: ctx.workspace.clockFixed },
  }
}

/** Fills a database with the demonstration association, as seen on the workspace's today. */
export function fillDemo(ctx: ServiceContext): Record<string, number> {
  return importDocument(ctx, buildDemoDocument({ today: ctx.today() }))
}

const alreadySetUp = () => new ApiError({ code: 'conflict', message: "L'association est déjà configurée : modifiez-la dans Paramètres." })

/** The setup in one transaction; the coordinator's account, when given, with its secret already hashed. */
function setUp({ structure, anneeScolaire, compte }: ParsedInput<'setup.create'>, ctx: ServiceContext, secret: HashedSecret | null): AppStatus {
  // After the hash, the base open may not be the one the call started on.
  const current = { ...ctx, ...ctx.workspace.context(), access: ctx.access }
  return current.sqlite.transaction(() => {
    if (readStructure(current.db)) throw alreadySetUp()
    writeStructure(current.db, structure)
    writeAnnee(current.db, anneeScolaire, ctx.newId)
    markLatestAnneeCurrent(current.db)
    if (compte && secret) {
      const id = ctx.newId()
      writeCompte(current.db, { id, nom: compte.nom, role: 'coordinateur', type: 'mot_de_passe', actif: true, collectifIds: [] }, secret)
      openSession(accessOf(current), current.db, id)
    }
    return appStatus(current)
  }).immediate()
}

export const appHandlers: HandlerMap<CallsOf<typeof appContract>> = {
  'app.status': (_input, ctx) => appStatus(ctx),
  'app.openDemo': (_input, ctx) => {
    // The demonstration keeps the base's accounts: the lock stays on while it is open.
    const comptes = readCompteRows(ctx.db)
    ctx.workspace.openDemo((demo) => {
      fillDemo(demo)
      insertCompteRows(demo.db, comptes)
    })
    return appStatus(ctx.workspace.context())
  },
  'app.remplirDemo': (_input, ctx) => {
    if (readStructure(ctx.db)) throw new ApiError({ code: 'conflict', message: "La base contient déjà une association : rien n'a été modifié." })
    return fillDemo(ctx)
  },
  'app.leaveDemo': (_input, ctx) => {
    ctx.workspace.leaveDemo()
    return appStatus(ctx.workspace.context())
  },
  'setup.create': (input, ctx) => {
    if (readStructure(ctx.db)) throw alreadySetUp()
    return input.compte ? hashSecret(input.compte.secret).then((secret) => setUp(input, ctx, secret)) : setUp(input, ctx, null)
  },
  'structure.get': (_input, ctx) => {
    const { structure, anneeScolaire } = requireConfiguredYear(ctx)
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
