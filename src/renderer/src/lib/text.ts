import { foldCase } from '../../../shared/text/fold'

/** Lower case without accents, for searching names as people type them. */
export const normalize = (s: string): string => foldCase(s).trim()
