/** Calls the host's API as the renderer does, to set an association up quickly. */
export async function api<T>(url: string, name: string, input: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(`${url}api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(input) })
  const body = (await res.json()) as { result: T; error?: { message: string } }
  if (!res.ok) throw new Error(body.error?.message)
  return body.result
}

export const STRUCTURE = { nom: 'Les Ponts', adresse: '', codePostal: '01000', commune: 'Bourg-en-Bresse', departementCaf: '01', milieuRural: false, coordinateur: { prenom: 'Nadia', nom: 'Benali', diplomeBacPlus2: true } }
export const ANNEE = { libelle: '2025-2026', debut: '2025-09-01', fin: '2026-07-03', zone: 'A', intituleProjet: 'Réussir ensemble' }
