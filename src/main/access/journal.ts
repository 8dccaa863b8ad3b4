import type { CallName } from '../../shared/contract'
import type { JournalEntry } from '../store/repos/comptes'

/** Inputs that do not change a thing by its `id` name it by one of these, the most specific first. */
const REFERENCE_FIELDS = ['seanceId', 'enfantId', 'familleId', 'collectifId', 'modeleId'] as const

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The thing changed: its id when given, else the id of what was created, else what the call refers to. */
function entityId(input: unknown, result: unknown): string | null {
  const candidates = [[input, 'id'], [result, 'id'], ...REFERENCE_FIELDS.map((f) => [input, f] as const)] as const
  for (const [source, field] of candidates) if (isRecord(source) && typeof source[field] === 'string') return source[field]
  return null
}

/**
 * The journal's line for a write: the call, the entity (its domain, from the call's name), the
 * entity's id and the names of the fields sent (`sent` as it came, `input` as parsed). Values
 * are never kept: a child's name typed in a form must not end up in the journal.
 */
export function journalEntry(name: CallName, sent: unknown, input: unknown, result: unknown, compteId: string | null, when: Date): JournalEntry {
  return {
    quand: when.toISOString(),
    compteId,
    appel: name,
    entite: name.split('.')[0],
    entiteId: entityId(input, result),
    // Fields of the contract the caller sent: not the defaults zod added, nor unknown keys (a key
    // is text too, and could carry anything).
    champs: isRecord(input) && isRecord(sent) ? Object.keys(input).filter((k) => Object.hasOwn(sent, k)).sort() : [],
  }
}
