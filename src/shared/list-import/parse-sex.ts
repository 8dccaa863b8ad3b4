import { cellText, type CellValue } from './cell'
import { fold } from '../text/fold'

const SPELLINGS: Record<string, 'F' | 'M'> = {
  f: 'F', fille: 'F', feminin: 'F', femme: 'F', fem: 'F',
  g: 'M', garcon: 'M', m: 'M', masculin: 'M', masc: 'M', h: 'M', homme: 'M',
}

/** F or M from « F », « Fille », « G », « Garçon », « M », « masculin »…; null when unknown. */
export function parseSexe(value: CellValue): 'F' | 'M' | null {
  return SPELLINGS[fold(cellText(value))] ?? null
}
