const RAISONS: Record<string, string> = {
  demarrage: 'au démarrage', quotidienne: 'quotidienne', import: 'avant un import', migration: 'avant une mise à jour',
  restauration: 'avant une restauration', manuelle: 'à la demande',
}

const when = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })

/** « mardi 4 novembre 2025 à 16:45 » from the local ISO date of a backup. */
export function describeBackup(b: { date: string }): string {
  return when.format(new Date(b.date))
}

export const raisonLabel = (raison: string) => RAISONS[raison] ?? raison

export function formatTaille(octets: number): string {
  if (octets < 1024 * 1024) return `${Math.max(1, Math.round(octets / 1024))} Ko`
  return `${(octets / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`
}
