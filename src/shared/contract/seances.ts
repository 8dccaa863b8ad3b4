import { z } from 'zod'
import { ACTIVITES, PRESENCE_STATUTS, STATUTS_INTERVENANT } from '../domain/lists'
import { seanceSchema } from '../exchange/schema'
import { entier, heure, id, ids, isoDate, texteLibre, valeurParmi } from '../validation/fields'
import { annulationSchema } from './annulation'
import { call } from './define'

export const seanceResumeSchema = z.object({
  id: z.string(),
  collectifId: z.string(),
  date: z.string(),
  heureDebut: z.string(),
  dureeMinutes: z.number().int(),
  annulee: z.boolean(),
  motifAnnulation: z.string().nullable(),
  nbPresents: z.number().int(),
  nbMarques: z.number().int(),
  nbIntervenants: z.number().int(),
})
export type SeanceResume = z.output<typeof seanceResumeSchema>

export const planResultSchema = z.object({
  creees: z.number().int(),
  dejaPresentes: z.number().int(),
  ecartees: z.array(z.object({ date: z.string(), raison: z.string() })),
  /** The shipped calendar could not skip every holiday (zone or year unknown, provisional). */
  avertissement: z.string().optional(),
})

export const registreSchema = z.object({
  seance: seanceSchema,
  collectif: z.object({ id: z.string(), nom: z.string() }),
  enfants: z.array(
    z.object({
      id: z.string(), prenom: z.string(), nom: z.string(), niveau: z.string(),
      statut: z.enum(PRESENCE_STATUTS).nullable(),
    }),
  ),
  intervenants: z.array(
    z.object({
      id: z.string(), prenom: z.string(), nom: z.string(), statut: z.enum(STATUTS_INTERVENANT),
      habituel: z.boolean(), present: z.boolean(),
    }),
  ),
})
export type Registre = z.output<typeof registreSchema>

export const semaineSchema = z.object({
  collectif: z.object({ id: z.string(), nom: z.string() }),
  lundi: z.string(),
  seances: z.array(seanceResumeSchema),
  enfants: z.array(
    z.object({
      id: z.string(), prenom: z.string(), nom: z.string(),
      /** seanceId → statut, for the séances of the week the child was enrolled at. */
      statuts: z.record(z.string(), z.enum(PRESENCE_STATUTS).nullable()),
    }),
  ),
})
export type Semaine = z.output<typeof semaineSchema>

const seanceIdInput = z.object({ seanceId: id() })

export const seancesContract = {
  'seances.list': call(
    z.object({ collectifId: id().optional(), du: isoDate().optional(), au: isoDate().optional() }).default({}),
    z.array(seanceResumeSchema),
  ),
  /** Creates the planned séances of a collectif from its créneaux, skipping school and public holidays. */
  'seances.plan': call(z.object({ collectifId: id(), du: isoDate(), au: isoDate() }).refine((p) => p.du <= p.au, { error: 'la fin doit suivre le début', path: ['au'] }), planResultSchema),
  /** Adds a séance (no id) or moves one (id given). */
  'seances.save': call(
    z.object({ id: id().optional(), collectifId: id(), date: isoDate(), heureDebut: heure(), dureeMinutes: entier('la durée', 15, 600) }),
    seanceResumeSchema,
  ),
  'seances.cancel': call(z.object({ seanceId: id(), motif: texteLibre("le motif d'annulation", 300) }), seanceResumeSchema),
  'seances.restore': call(seanceIdInput, seanceResumeSchema),
  /**
   * For a séance entered by mistake (a wrong day): it goes with its register. A séance that did
   * not take place is cancelled instead (`seances.cancel`): the bilan counts cancellations.
   */
  'seances.supprimer': call(seanceIdInput, annulationSchema),
}

/** A séance's register: who came, who led it, what was done. */
export const registreContract = {
  'registre.get': call(seanceIdInput, registreSchema),
  /** Marks one child; `null` clears the mark. Saved at once. */
  'registre.setPresence': call(
    z.object({ seanceId: id(), enfantId: id(), statut: valeurParmi(PRESENCE_STATUTS, 'un statut de présence (present, absent, excuse)').nullable() }),
    z.object({ seanceId: z.string(), enfantId: z.string(), statut: z.enum(PRESENCE_STATUTS).nullable() }),
  ),
  /** Marks several children at once (« Tous présents »), in one transaction. */
  'registre.setPresences': call(
    z.object({
      seanceId: id(),
      marks: z
        .array(z.object({ enfantId: id(), statut: valeurParmi(PRESENCE_STATUTS, 'un statut de présence (present, absent, excuse)').nullable() }))
        .min(1, { error: 'au moins un enfant est attendu' })
        .max(200, { error: 'au plus 200 enfants à la fois' }),
    }),
    z.object({ seanceId: z.string(), marks: z.array(z.object({ enfantId: z.string(), statut: z.enum(PRESENCE_STATUTS).nullable() })) }),
  ),
  'registre.update': call(
    z.object({
      seanceId: id(),
      intervenantIds: ids('les intervenants').optional(),
      activites: z.array(valeurParmi(ACTIVITES, 'une activité connue')).optional(),
      note: texteLibre('la note', 5000).optional(),
    }),
    registreSchema,
  ),
  /** The week view of a collectif: its séances Monday to Sunday and every child's marks. */
  'registre.semaine': call(z.object({ collectifId: id(), date: isoDate() }), semaineSchema),
}
