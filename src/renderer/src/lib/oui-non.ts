/** A yes/no that may be left unanswered: the exchange format tells « non » from « not known ». */
export type OuiNon = '' | 'oui' | 'non'

/** « Oui », « Non », or a dash when nobody said. */
export const ouiNon = (v: boolean | undefined): string => (v === undefined ? '—' : v ? 'Oui' : 'Non')

export const toOuiNon = (v: boolean | undefined): OuiNon => (v === undefined ? '' : v ? 'oui' : 'non')

export const fromOuiNon = (c: OuiNon): boolean | undefined => (c === '' ? undefined : c === 'oui')
