import { ApiError } from '../../shared/contract/errors'
import type { Fichier, FormatRegistre } from '../../shared/contract/registres'
import { formatDateCourteFr } from '../../shared/calendar/dates'
import { attendanceSummary, attendanceTable } from '../../shared/registers/attendance-table'
import { safeFileName } from '../../shared/registers/format'
import { registerHeading } from '../../shared/registers/heading'
import type { HandlerMap } from '../api/context'
import { requireAnnee } from '../api/checks'
import { attendanceSummaryXlsx } from '../registers/attendance-summary-xlsx'
import { registerPdf } from '../registers/register-pdf'
import { registerXlsx } from '../registers/register-xlsx'
import { referenceDay, requireCollectifOfYear } from '../reads/of-year'
import { exportDocument } from '../reads/year-document'
import type { CallsOf } from '../../shared/contract'
import type { registresContract } from '../../shared/contract/registres'

const MIME: Record<FormatRegistre, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
}

const asFichier = (nomFichier: string, format: FormatRegistre) => (bytes: Buffer): Fichier => ({ nomFichier, type: MIME[format], base64: bytes.toString('base64') })

// Checks run before the first `await`, so that a refused call fails at once (and the same way
// on every host) rather than as a rejected promise.
export const registresExportHandlers: HandlerMap<CallsOf<typeof registresContract>> = {
  'registres.exporter': ({ collectifId, du, au, format }, ctx) => {
    const annee = requireAnnee(ctx)
    requireCollectifOfYear(ctx, annee, collectifId)
    if (au < annee.debut || du > annee.fin) {
      throw new ApiError({
        code: 'validation', field: 'du',
        message: `du : la période doit recouper l'année scolaire ${annee.libelle} (du ${formatDateCourteFr(annee.debut)} au ${formatDateCourteFr(annee.fin)})`,
      })
    }
    const doc = exportDocument(ctx)
    const table = attendanceTable(doc, collectifId, du, au)
    const heading = registerHeading(doc, ctx.today())
    const nom = safeFileName([format === 'pdf' ? 'emargement' : 'registre', table.collectif.nom, du, au], format)
    return (format === 'pdf' ? registerPdf(table, heading) : registerXlsx(table, heading)).then(asFichier(nom, format))
  },
  'registres.bilanAnnuel': ({ au }, ctx) => {
    const annee = requireAnnee(ctx)
    const day = referenceDay(ctx, annee, au)
    const doc = exportDocument(ctx)
    const nom = safeFileName(['assiduite', annee.libelle, 'au', day], 'xlsx')
    return attendanceSummaryXlsx(attendanceSummary(doc, day), registerHeading(doc, ctx.today())).then(asFichier(nom, 'xlsx'))
  },
}
