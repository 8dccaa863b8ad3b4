import { z } from 'zod'
import { echangeDocumentSchema } from './schema'

/**
 * The JSON Schema of the exchange format, derived from the zod schema so the two never drift.
 * Cross-references (an id pointing at an entity) are checked by the app, not expressible here.
 */
export function exchangeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(echangeDocumentSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'clas-echange-v1.schema.json',
    title: 'Document d’échange Clas, version 1 (clas-echange)',
    description: "Tout ce qu'une association enregistre pour une année scolaire d'un Clas : voir spec/echange-v1.md.",
    ...schema,
  }
}
