import type { Collectif } from '../exchange/schema'
import type { ComplianceResult } from './types'
import { plural, round2, type YearIndex } from './year-index'

/** R3: two séances of at least 1 h 30 a week (rural: one of at least 2 h is also accepted). */
export function r3Rythme(index: YearIndex, c: Collectif): ComplianceResult {
  const base = { regle: 'R3-rythme', collectifId: c.id, seuil: 0.8 }
  const longSlots = c.creneaux.filter((s) => s.dureeMinutes >= 90).length
  const offered = longSlots >= 2 || (index.rural && c.creneaux.some((s) => s.dureeMinutes >= 120))
  if (!offered) {
    return {
      ...base, statut: 'non_conforme',
      message: `Les créneaux du collectif n'offrent pas deux séances d'1 h 30 par semaine${index.rural ? " (ni une séance de 2 h, acceptée en milieu rural)" : ''} : ajoutez ou allongez un créneau.`,
    }
  }
  const byWeek = new Map<string, number[]>()
  for (const s of index.held.get(c.id) ?? []) {
    const week = index.monday(s.date)
    const list = byWeek.get(week)
    if (list) list.push(s.dureeMinutes)
    else byWeek.set(week, [s.dureeMinutes])
  }
  if (byWeek.size === 0) return { ...base, statut: 'sans_objet', message: "Aucune séance tenue pour l'instant." }
  const met = [...byWeek.values()].filter((d) => d.filter((m) => m >= 90).length >= 2 || (index.rural && d.some((m) => m >= 120))).length
  const mesure = round2(met / byWeek.size)
  const text = `${plural(met, 'semaine', 'semaines')} sur ${byWeek.size} au rythme attendu (${Math.round(mesure * 100)} %, 80 % au moins)`
  return mesure < 0.8
    ? { ...base, mesure, statut: 'alerte', message: `${text} : évitez les semaines à une seule séance ou à séances courtes.` }
    : { ...base, mesure, statut: 'conforme', message: `${text}.` }
}
