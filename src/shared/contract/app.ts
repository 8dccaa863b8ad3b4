import { z } from 'zod'
import { anneeScolaireSchema, structureSchema } from '../exchange/schema'
import { compteInitialSchema } from './comptes'
import { call } from './define'

export const appStatusSchema = z.object({
  /** The association and its school year are set up. */
  configured: z.boolean(),
  /** The demonstration database is open instead of the user's own. */
  demo: z.boolean(),
  structureNom: z.string().nullable(),
  annee: z.object({ libelle: z.string(), debut: z.string(), fin: z.string(), zone: z.string(), milieuRural: z.boolean(), departementCaf: z.string() }).nullable(),
  /**
   * The server's today (AAAA-MM-JJ), which the screens use for every decision by date; `fixed`
   * when set for tests or a demonstration (`CLAS_TODAY`), so that it does not move at midnight.
   */
  clock: z.object({ today: z.string(), fixed: z.boolean() }),
})
export type AppStatus = z.output<typeof appStatusSchema>

const empty = z.object({}).default({})

export const appContract = {
  'app.status': call(empty, appStatusSchema),
  /** Opens a fresh demonstration association in its own file, beside the user's database. */
  'app.openDemo': call(empty, appStatusSchema),
  /**
   * Fills this database, while it holds no association yet, with the demonstration association
   * (`clas demo`): how many rows of each kind were written.
   */
  'app.remplirDemo': call(empty, z.record(z.string(), z.number())),
  /** Goes back to the user's own database. */
  'app.leaveDemo': call(empty, appStatusSchema),
  /**
   * First start: the association, its coordinator and the school year; with `compte`, the
   * coordinator's account too (the base is protected from then on, and the session opened).
   */
  'setup.create': call(z.object({ structure: structureSchema, anneeScolaire: anneeScolaireSchema, compte: compteInitialSchema.optional() }), appStatusSchema),
  'structure.get': call(empty, z.object({ structure: structureSchema, anneeScolaire: anneeScolaireSchema })),
  'structure.update': call(z.object({ structure: structureSchema, anneeScolaire: anneeScolaireSchema }), appStatusSchema),
}
export { empty as emptyInput }
