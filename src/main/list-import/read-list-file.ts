import type { Grid } from '../../shared/list-import/cell'
import { MAX_FILE_BYTES, MAX_ROWS } from '../../shared/list-import/limits'
import { decodeText, type Encodage } from './decode-text'
import { ListFileError } from './list-file-error'
import { readCsv, type Separateur } from './read-csv'
import { readXlsx } from './read-xlsx'

export interface ListFile {
  grid: Grid
  format: 'xlsx' | 'csv'
  /** The sheet read, for an Excel file. */
  feuille?: string
  encodage?: Encodage
  separateur?: Separateur
}


const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0

/**
 * Reads an association's list, .xlsx or .csv, into a grid of plain values. The content decides
 * as much as the name: a .xlsx is a zip, an old .xls a compound file we cannot read. Every
 * failure is a ListFileError with the sentence to show. An .xlsx is read by exceljs in a worker
 * while this thread goes on (see loadWorkbook).
 */
export async function readListFile(nomFichier: string, bytes: Uint8Array): Promise<ListFile> {
  return readListFileWith(nomFichier, bytes, async (x): Promise<ListFile> => ({ ...(await readXlsx(x)), format: 'xlsx' }))
}

function readListFileWith<X>(nomFichier: string, bytes: Uint8Array, xlsx: (bytes: Uint8Array) => X): ListFile | X {
  const ext = /\.([a-z0-9]+)$/i.exec(nomFichier)?.[1]?.toLowerCase() ?? ''
  if (bytes.length === 0) throw new ListFileError("Le fichier est vide : rien n'a été importé.")
  if (bytes.length > MAX_FILE_BYTES) throw new ListFileError(`Le fichier pèse ${(bytes.length / 1024 / 1024).toFixed(1)} Mo : une liste d'enfants en pèse bien moins (${MAX_FILE_BYTES / 1024 / 1024} Mo au plus). Rien n'a été importé.`)
  if (isOle(bytes) || ext === 'xls') throw new ListFileError("Les fichiers Excel 97-2003 (.xls) ne sont pas lus : ouvrez-le dans Excel et enregistrez-le au format .xlsx ou .csv. Rien n'a été importé.")
  if (ext === 'ods') throw new ListFileError("Les fichiers LibreOffice (.ods) ne sont pas lus : enregistrez-le au format .xlsx ou .csv. Rien n'a été importé.")
  if (ext === 'xlsx' || ext === 'xlsm' || isZip(bytes)) return xlsx(bytes)
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv' || ext === '') {
    const { text, encodage } = decodeText(bytes)
    if (text.includes('\u0000')) throw new ListFileError("Ce fichier n'est pas une liste lisible (ni .xlsx ni .csv) : rien n'a été importé.")
    const { grid, separateur } = readCsv(text)
    if (grid.length > MAX_ROWS) throw new ListFileError(`Le fichier compte ${grid.length} lignes : une liste d'enfants en a moins de ${MAX_ROWS}. Rien n'a été importé.`)
    return { grid, separateur, format: 'csv', encodage }
  }
  throw new ListFileError(`Le format « .${ext} » n'est pas lu : choisissez un fichier Excel (.xlsx) ou CSV (.csv). Rien n'a été importé.`)
}
