import { JOURS_SEMAINE, NIVEAU_COLLECTIF_LABELS, type NiveauCollectif } from '../../../shared/domain/lists'
import type { Creneau } from '../../../shared/exchange/schema'
import { formatDuree, formatHeure } from './dates'

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** 1 → « Lundi ». */
export const jourLabel = (jour: number) => cap(JOURS_SEMAINE[jour - 1] ?? '?')

/** « mardi 16 h 45 (1 h 30) ». */
export const creneauLabel = (c: Creneau) => `${JOURS_SEMAINE[c.jour - 1]} ${formatHeure(c.heureDebut)} (${formatDuree(c.dureeMinutes)})`

export const niveauCollectifLabel = (n: string) => NIVEAU_COLLECTIF_LABELS[n as NiveauCollectif] ?? n

/** « 1 enfant », « 3 enfants ». */
export const pluriel = (n: number, singulier: string, plurielForme = `${singulier}s`) => `${n} ${n > 1 ? plurielForme : singulier}`

export const nomComplet = (p: { prenom: string; nom: string }) => `${p.prenom} ${p.nom}`
