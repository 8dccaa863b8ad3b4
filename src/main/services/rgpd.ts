import { ApiError } from '../../shared/contract/errors'
import type { HandlerMap, ServiceContext } from '../api/context'
import { requireAnnee } from '../api/checks'
import { childRecord, familyRecord } from '../rgpd/personal-record'
import { personalRecordPage } from '../rgpd/personal-record-page'
import { eraseChildren, eraseFamily, type Erasure } from '../rgpd/erase'
import { childrenPastRetention } from '../rgpd/retention'
import { safeFileName } from '../../shared/registers/format'

/**
 * Runs an erasure in its own transaction (the dispatcher leaves these calls outside its own) with `secure_delete` on, then folds the WAL into the
 * file and truncates it: the old names are overwritten in the database and gone from the -wal.
 * The undo log is emptied too: it may hold rows naming the person.
 */
function eraseDurably(ctx: ServiceContext, erase: () => Erasure): Erasure {
  const { sqlite } = ctx
  sqlite.pragma('secure_delete = ON')
  try {
    const result = sqlite.transaction(erase).immediate()
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    ctx.workspace.undo.clear()
    return result
  } finally {
    sqlite.pragma('secure_delete = OFF')
  }
}

const exists = (ctx: ServiceContext, table: 'enfants' | 'familles', id: string) => ctx.sqlite.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined

function requirePerson(ctx: ServiceContext, input: { enfantId: string } | { familleId: string }): void {
  if ('enfantId' in input && !exists(ctx, 'enfants', input.enfantId)) throw new ApiError({ code: 'validation', field: 'enfantId', message: `enfantId : « ${input.enfantId} » ne correspond à aucun enfant` })
  if ('familleId' in input && !exists(ctx, 'familles', input.familleId)) throw new ApiError({ code: 'validation', field: 'familleId', message: `familleId : « ${input.familleId} » ne correspond à aucune famille` })
}

/** Everything held about the person, with who and for which association: the JSON file and the page say the same. */
function personalDocument(ctx: ServiceContext, input: { enfantId: string } | { familleId: string }) {
  requirePerson(ctx, input)
  const record = 'enfantId' in input ? childRecord(ctx.sqlite, input.enfantId) : familyRecord(ctx.sqlite, input.familleId)
  const who = 'enfantId' in input
    ? (record as { enfant: { prenom: string; nom: string } }).enfant
    : { prenom: '', nom: (record as { famille: { nom: string } }).famille.nom }
  const structure = ctx.sqlite.prepare('SELECT nom FROM structure LIMIT 1').pluck().get() as string | undefined
  const document = { donneesDe: 'enfantId' in input ? 'un enfant' : 'une famille', association: structure ?? null, exporteLe: ctx.today(), ...record }
  return { document, who }
}

export const rgpdHandlers: HandlerMap<'rgpd.exporter' | 'rgpd.exporterPage' | 'rgpd.effacer' | 'rgpd.retention' | 'rgpd.purger'> = {
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
    return eraseDurably(ctx, () => ('enfantId' in input ? eraseChildren(ctx.sqlite, [input.enfantId]) : eraseFamily(ctx.sqlite, input.familleId, input.avecEnfants)))
  },
  'rgpd.retention': ({ annees }, ctx) => childrenPastRetention(ctx.sqlite, ctx.today(), annees),
  'rgpd.purger': ({ annees, enfantIds }, ctx) => {
    requireAnnee(ctx)
    // Only children the list offers: a stale screen cannot erase a child enrolled since.
    const allowed = new Set(childrenPastRetention(ctx.sqlite, ctx.today(), annees).map((c) => c.id))
    const index = enfantIds.findIndex((id) => !allowed.has(id))
    if (index >= 0) throw new ApiError({ code: 'validation', field: `enfantIds[${index}]`, message: `enfantIds[${index}] : cet enfant n'est plus dans la liste des enfants à effacer (inscrit depuis, ou déjà effacé) : rien n'a été effacé.` })
    return eraseDurably(ctx, () => eraseChildren(ctx.sqlite, enfantIds))
  },
}
