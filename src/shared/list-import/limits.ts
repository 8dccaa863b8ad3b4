/** A list of a few hundred children weighs a few hundred kilobytes, even with formatting. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024
/** Beyond these, the sheet is not a list of children (a whole register, formatting run down to row 1 048 576). */
export const MAX_ROWS = 5000
export const MAX_COLUMNS = 100
