import { z } from 'zod'
import { id, isoDate, valeurParmi } from '../validation/fields'
import { call } from './define'

export const FORMATS_REGISTRE = ['xlsx', 'pdf'] as const
export type FormatRegistre = (typeof FORMATS_REGISTRE)[number]

/** A file for the user to save: its suggested name and its bytes (JSON carries no binary). */
export const fichierSchema = z.object({
  nomFichier: z.string(),
  /** MIME type, for a browser download. */
  type: z.string(),
  base64: z.string(),
})
export type Fichier = z.output<typeof fichierSchema>

export const registresContract = {
  /**
   * The attendance register of a collectif over a period: a sheet (xlsx) or the feuilles
   * d'émargement to print and sign (pdf, one page a séance).
   */
  'registres.exporter': call(
    z
      .object({ collectifId: id(), du: isoDate(), au: isoDate(), format: valeurParmi(FORMATS_REGISTRE, 'un format de fichier (xlsx ou pdf)') })
      .refine((p) => p.du <= p.au, { error: 'la fin de la période doit suivre son début', path: ['au'] }),
    fichierSchema,
  ),
  /** The year's attendance per child (xlsx), séances held up to `au` (default today, clipped to the year). */
  'registres.bilanAnnuel': call(z.object({ au: isoDate().optional() }).default({}), fichierSchema),
}
