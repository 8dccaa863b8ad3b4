// Writes the shipped JSON Schema of the exchange format from its zod schema, the one source.
// A test checks the committed file is up to date.
import { writeFileSync } from 'node:fs'
import { exchangeJsonSchema } from '../src/shared/exchange/json-schema'

export const EXCHANGE_JSON_SCHEMA_PATH = 'src/shared/exchange/clas-echange-v1.schema.json'

writeFileSync(EXCHANGE_JSON_SCHEMA_PATH, JSON.stringify(exchangeJsonSchema(), null, 2) + '\n')
console.log(`Écrit : ${EXCHANGE_JSON_SCHEMA_PATH}`)
