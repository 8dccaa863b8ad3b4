import type { CallName } from '../contract'

/**
 * Write calls still allowed while the year is closed: signing in, accounts, backups and
 * recovery, the app itself, the RGPD rights (erasure is a right, closed year or not), closing
 * and reopening, starting the next year and switching years.
 */
export const ALLOWED_WHILE_CLOSED = ['session.', 'comptes.', 'sauvegardes.', 'app.', 'rgpd.', 'recuperation.', 'cloture.', 'anneeSuivante.', 'annees.'] as const

export const allowedWhileClosed = (name: CallName): boolean => ALLOWED_WHILE_CLOSED.some((prefix) => name.startsWith(prefix))

export const closedYearMessage = (libelle: string) => `L'année ${libelle} est clôturée : rouvrez-la dans Paramètres pour la modifier.`
