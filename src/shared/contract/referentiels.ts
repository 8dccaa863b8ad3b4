import { z } from 'zod'
import { etablissementSchema, familleSchema, intervenantSchema, lieuSchema } from '../exchange/schema'
import { id } from '../validation/fields'
import { annulationSchema, deleteInput } from './annulation'
import { emptyInput } from './app'
import { call } from './define'

/** For a save: the entity, whose id is absent when it is new. */
export const withOptionalId = <S extends z.ZodRawShape>(schema: z.ZodObject<S>) => schema.extend({ id: id().optional() })

export const referentielsContract = {
  'lieux.list': call(emptyInput, z.array(lieuSchema)),
  'lieux.save': call(withOptionalId(lieuSchema), lieuSchema),
  /** Refused while a collectif meets there. */
  'lieux.supprimer': call(deleteInput, annulationSchema),
  'etablissements.list': call(emptyInput, z.array(etablissementSchema)),
  'etablissements.save': call(withOptionalId(etablissementSchema), etablissementSchema),
  /** Refused while a collectif, a child or a concertation refers to it. */
  'etablissements.supprimer': call(deleteInput, annulationSchema),
  'intervenants.list': call(emptyInput, z.array(intervenantSchema)),
  'intervenants.save': call(withOptionalId(intervenantSchema), intervenantSchema),
  'familles.list': call(emptyInput, z.array(familleSchema)),
  'familles.save': call(withOptionalId(familleSchema), familleSchema),
  /** Its children stay, without a family; actions with parents no longer count it. */
  'familles.supprimer': call(deleteInput, annulationSchema),
}
