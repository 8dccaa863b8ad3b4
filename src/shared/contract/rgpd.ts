import { z } from 'zod'
import { id } from '../validation/fields'
import { call } from './define'
import { fichierSchema } from './registres'

/** One child or one family: the person whose rights are exercised. */
const personne = z.union([z.object({ enfantId: id() }).strict(), z.object({ familleId: id() }).strict()], {
  error: 'indiquez un enfant (enfantId) ou une famille (familleId)',
})

export const RETENTION_PAR_DEFAUT = 3

const annees = z.number({ error: "le nombre d'années doit être un nombre" }).int({ error: "le nombre d'années doit être entier" }).min(1, { error: "au moins 1 an" }).max(20, { error: 'au plus 20 ans' })

export const rgpdContract = {
  /** Everything held about a child or a family, as a readable JSON file (right of access). */
  'rgpd.exporter': call(personne, fichierSchema),
  /** The same, as a page a family can read and print (HTML, opened by any browser), given beside the JSON. */
  'rgpd.exporterPage': call(personne, fichierSchema),
  /**
   * Removes a child's or a family's identity (right to erasure); the anonymous counts of past
   * years stay, so a bilan already sent comes out the same. Cannot be undone.
   */
  'rgpd.effacer': call(
    z.union([
      // A child erased alone leaves the family's row (the parents' contact): `avecFamille` erases
      // it too, when the family has no other child whose identity is kept.
      z.object({ enfantId: id(), avecFamille: z.boolean().default(false) }).strict(),
      z.object({ familleId: id(), avecEnfants: z.boolean().default(true) }).strict(),
    ], { error: 'indiquez un enfant (enfantId) ou une famille (familleId)' }),
    z.object({ enfants: z.number(), familles: z.number(), textes: z.number() }),
  ),
  /** Children not enrolled for more than `annees` years. */
  'rgpd.retention': call(
    z.object({ annees: annees.default(RETENTION_PAR_DEFAUT) }).default({ annees: RETENTION_PAR_DEFAUT }),
    z.array(z.object({ id: z.string(), prenom: z.string(), nom: z.string(), derniereInscription: z.string() })),
  ),
  /** Erases, in one step, the children of the retention list the coordinator confirmed. */
  'rgpd.purger': call(
    z.object({ annees, enfantIds: z.array(id()).min(1, { error: 'aucun enfant à effacer' }).max(10000) }),
    z.object({ enfants: z.number(), familles: z.number(), textes: z.number() }),
  ),
}
