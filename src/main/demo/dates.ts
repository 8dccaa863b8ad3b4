/** Whether a child enrolled `du` … `au` (inclusive, `au` open) is enrolled on `date`. */
export function isWithin(date: string, du: string, au?: string): boolean {
  return du <= date && (au === undefined || date <= au)
}
