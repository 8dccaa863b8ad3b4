import { ApiError } from '../../shared/contract/errors'
import type { HandlerMap, ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { childRecord, familyRecord } from '../rgpd/personal-record'
import { personalRecordPage } from '../rgpd/personal-record-page'
import { eraseChildren, eraseFamily, familyOfOnlyChild } from '../rgpd/erase'
import { eraseDurably } from '../rgpd/erase-durably'
import { childrenPastRetention } from '../rgpd/retention'
import { archivedYears, openArchive } from '../years/archive'
import { readStructure } from '../store/repos/association'
import { existingIds } from '../store/repos/references'
import { safeFileName } from '../../shared/registers/format'
import type { CallsOf } from '../../shared/contract'
import type { rgpdContract } from '../../shared/contract/rgpd'

const exists = (ctx: ServiceContext, table: 'enfants' | 'familles', id: string) => existingIds(ctx.db, table, [id]).has(id)

function requirePerson(ctx: ServiceContext, input: { enfantId: string } | { familleId: string }): void {
  if ('enfantId' in input && !exists(ctx, 'enfants', input.enfantId)) throw new ApiError({ code: 'validation', field: 'enfantId', message: `enfantId : « ${input.enfantId} » ne correspond à aucun enfant` })
  if ('familleId' in input && !exists(ctx, 'familles', input.familleId)) throw new ApiError({ code: 'validation', field: 'familleId', message: `familleId : « ${input.familleId} » ne correspond à aucune famille` })
}

/** The family to erase with a child: refused when it has none, or other children still named. */
function requireOnlyChild(ctx: ServiceContext, enfantId: string): string {
  const famille = familyOfOnlyChild(ctx.sqlite, enfantId)
  if (!famille) throw new ApiError({ code: 'validation', field: 'avecFamille', message: "avecFamille : cet enfant n'est rattaché à aucune famille" })
  if (famille.autres > 0) {
    const autres = famille.autres > 1 ? `${famille.autres} autres enfants` : 'un autre enfant'
    throw new ApiError({ code: 'validation', field: 'avecFamille', message: `avecFamille : la famille « ${famille.nom} » a encore ${autres} : effacez l'enfant seul, ou la famille entière avec ses enfants. Rien n'a été effacé.` })
  }
  return famille.id
}

/** Everything held about the person, with who and for which association: the JSON file and the page say the same. */
function personalDocument(ctx: ServiceContext, input: { enfantId: string } | { familleId: string }) {
  requirePerson(ctx, input)
  const record = 'enfantId' in input ? childRecord(ctx.sqlite, input.enfantId) : familyRecord(ctx.sqlite, input.familleId)
  const who = 'enfantId' in input
    ? (record as { enfant: { prenom: string; nom: string } }).enfant
    : { prenom: '', nom: (record as { famille: { nom: string } }).famille.nom }
  const structure = readStructure(ctx.db)?.nom
  // What each past year's frozen copy holds of them: the identity, level and family as they were then.
  const archives = archivedYears(ctx.db).flatMap(({ anneeId, libelle, archiveeLe }) => {
    const archive = openArchive(ctx.db, anneeId)
    const held = archive && ('enfantId' in input ? childRecord(archive.sqlite, input.enfantId) : familyRecord(archive.sqlite, input.familleId))
    return held ? [{ anneeScolaire: libelle, archiveeLe, ...held }] : []
  })
  const document = { donneesDe: 'enfantId' in input ? 'un enfant' : 'une famille', association: structure ?? null, exporteLe: ctx.today(), ...record, archives }
  return { document, who }
}

export const rgpdHandlers: HandlerMap<CallsOf<typeof rgpdContract>> = {
  'rgpd.exporter': (input, ctx) => {
    const { document, who } = personalDocument(ctx, input)
    return {
      nomFichier: safeFileName(['donnees-personnelles', who.prenom, who.nom], 'json'),
      type: 'application/json',
      base64: Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8').toString('base64'),
    }
  },
  'rgpd.exporterPage': (input, ctx) => {
    const { document, who } = personalDocument(ctx, input)
    return {
      nomFichier: safeFileName(['donnees-personnelles', who.prenom, who.nom], 'html'),
      type: 'text/html',
      base64: Buffer.from(personalRecordPage(document, `${who.prenom} ${who.nom}`.trim()), 'utf8').toString('base64'),
    }
  },
  'rgpd.effacer': (input, ctx) => {
    requirePerson(ctx, input)
    if ('familleId' in input) return eraseDurably(ctx, (base) => eraseFamily(base, input.familleId, input.avecEnfants))
    const famille = input.avecFamille ? requireOnlyChild(ctx, input.enfantId) : null
    // With its family: the family's other children, all erased already, are left as they are.
    return eraseDurably(ctx, (base) => (famille ? eraseFamily(base, famille, true) : eraseChildren(base, [input.enfantId])))
  },
  'rgpd.retention': ({ annees }, ctx) => childrenPastRetention(ctx.sqlite, ctx.today(), annees),
  'rgpd.purger': ({ annees, enfantIds }, ctx) => {
    requireAnnee(ctx)
    // Only children the list offers: a stale screen cannot erase a child enrolled since.
    const allowed = new Set(childrenPastRetention(ctx.sqlite, ctx.today(), annees).map((c) => c.id))
    const index = enfantIds.findIndex((id) => !allowed.has(id))
    if (index >= 0) throw new ApiError({ code: 'validation', field: `enfantIds[${index}]`, message: `enfantIds[${index}] : cet enfant n'est plus dans la liste des enfants à effacer (inscrit depuis, ou déjà effacé) : rien n'a été effacé.` })
    return eraseDurably(ctx, (base) => eraseChildren(base, enfantIds))
  },
}
