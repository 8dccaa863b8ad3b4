import type { Collectif } from '../exchange/schema'
import { addDays } from '../calendar/dates'
import { planSeances } from '../seances/plan-seances'
import type { ComplianceResult } from './types'
import { plural, weeksOf, type YearIndex } from './year-index'

const SEUIL = 27

/** Weeks after the evaluation date, up to 15 June, with a créneau day outside holidays. */
function futureWeeks(index: YearIndex, c: Collectif) {
  const jours = [...new Set(c.creneaux.map((s) => s.jour))].sort()
  const key = jours.join()
  let found = index.forecasts.get(key)
  if (!found) {
    const from = addDays(index.date, 1)
    const { zone, libelle } = index.input.anneeScolaire
    const plan = from <= index.quinzeJuin && jours.length
      ? planSeances({ creneaux: jours.map((jour) => ({ jour, heureDebut: '00:00', dureeMinutes: 60 })), du: from, au: index.quinzeJuin, zone, anneeLibelle: libelle })
      : null
    found = { weeks: new Set((plan?.prevues ?? []).map((p) => index.monday(p.date))), calendrierIncomplet: plan?.calendrierIncomplet ?? false }
    index.forecasts.set(key, found)
  }
  return found
}

/**
 * R4: 27 weeks with a held séance. Before the end of the year, the forecast adds the weeks
 * still possible up to 15 June: weeks of the collectif's créneaux outside the zone's holidays
 * and public holidays, not yet counted.
 */
export function r4DureeAnnuelle(index: YearIndex, c: Collectif): ComplianceResult {
  const done = weeksOf(index, index.held.get(c.id) ?? [])
  const base = { regle: 'R4-duree-annuelle', collectifId: c.id, mesure: done.size, seuil: SEUIL }
  if (index.atEnd) {
    return done.size < SEUIL
      ? { ...base, statut: 'non_conforme', message: `${plural(done.size, 'semaine', 'semaines')} d'activité dans l'année : ${SEUIL} sont exigées.` }
      : { ...base, statut: 'conforme', message: `${plural(done.size, 'semaine', 'semaines')} d'activité dans l'année (${SEUIL} exigées).` }
  }
  const future = futureWeeks(index, c)
  const possible = [...future.weeks].filter((m) => !done.has(m))
  const prevision = done.size + possible.length
  if (done.size === 0 && c.creneaux.length === 0) return { ...base, statut: 'sans_objet', message: "Ni séance tenue ni créneau : ajoutez les créneaux du collectif." }
  const note = future.calendrierIncomplet ? " (calendrier scolaire de la zone inconnu : prévision sans les vacances)" : ''
  const text = `${plural(done.size, 'semaine', 'semaines')} d'activité à ce jour. À ce rythme : ${plural(prevision, 'semaine', 'semaines')} au 15 juin, ${SEUIL} exigées${note}`
  return prevision < SEUIL
    ? { ...base, prevision, statut: 'alerte', message: `${text}. Il manquera ${plural(SEUIL - prevision, 'semaine', 'semaines')} : ajoutez des séances ou un créneau.` }
    : { ...base, prevision, statut: 'conforme', message: `${text}.` }
}
