import { sortFr } from '../../../shared/domain/french-order'
import { distinctPartners } from '../../../shared/domain/partners'
import { TYPE_CONCERTATION_LABELS } from '../../../shared/domain/lists'
import type { Concertation } from '../../../shared/exchange/schema'
import { pluriel } from './labels'

export const typeConcertationLabel = (type: string) => TYPE_CONCERTATION_LABELS[type as Concertation['type']] ?? type

/** One établissement and what the year holds of its meetings with the association. */
export interface EtablissementSuivi {
  id: string
  nom: string
  rencontres: number
  amont: number
  bilan: number
}

/**
 * The établissements the coordinator must meet (those of the year's collectifs) and those met
 * anyway, each with its count: a school with none stands out before the bilan asks.
 */
export function suiviEtablissements(
  concertations: Concertation[], attendus: Iterable<string>, nomDe: (id: string) => string | undefined,
): EtablissementSuivi[] {
  const rows = new Map<string, EtablissementSuivi>()
  const row = (id: string) => {
    let r = rows.get(id)
    if (!r) rows.set(id, (r = { id, nom: nomDe(id) ?? 'Établissement supprimé', rencontres: 0, amont: 0, bilan: 0 }))
    return r
  }
  for (const id of attendus) row(id)
  for (const c of concertations) {
    if (c.avec !== 'ecole' || !c.etablissementId) continue
    const r = row(c.etablissementId)
    r.rencontres++
    if (c.type === 'reunion_amont') r.amont++
    if (c.type === 'reunion_bilan') r.bilan++
  }
  return sortFr([...rows.values()], (r) => r.nom)
}

/** « 3 rencontres, dont 1 réunion en amont et 1 réunion bilan », « aucune rencontre pour l'instant ». */
export function suiviLabel(r: EtablissementSuivi): string {
  if (r.rencontres === 0) return "aucune rencontre pour l'instant"
  const dont = [
    r.amont && pluriel(r.amont, 'réunion en amont', 'réunions en amont'),
    r.bilan && pluriel(r.bilan, 'réunion bilan', 'réunions bilan'),
  ].filter(Boolean)
  const total = pluriel(r.rencontres, 'rencontre')
  return dont.length ? `${total}, dont ${dont.join(' et ')}` : total
}

/** The partners met, each once, as the bilan counts them. */
export const partenairesRencontres = (concertations: Concertation[]): string[] => distinctPartners(concertations)
