import type { ChampImport, ColumnMapping } from './fields'
import { fold } from '../text/fold'

const PARENT = /\b(responsables?|parents?|representants?|tuteurs?|tutrices?|mere|pere|legal|legaux|famille)\b/
const CHILD = /\b(enfants?|eleves?|jeunes?)\b/

/**
 * Rules tried in order on the folded header; the first that matches gives the field. Order
 * matters: « Adresse mail » is an e-mail before an address, « Date de naissance » is not a name,
 * « Groupe scolaire » is a school before a collectif.
 */
const RULES: [ChampImport, RegExp][] = [
  ['email', /\b(e ?mail|mails?|courriel|mel)\b/],
  ['telephone', /\b(tel|tels|telephones?|portables?|mobiles?|gsm|numeros? de tel\w*)\b/],
  ['dateNaissance', /\b(naissance|naiss|nee?|ne e|ddn)\b/],
  ['adresse', /\b(adresses?|domicile|rue|residence)\b/],
  ['quartierPrioritaire', /\b(qpv|qp|quartiers? prioritaires?)\b/],
  // « Quartier » alone names it (« Saragosse »): some forms count children per quartier.
  ['quartier', /\b(quartiers?|secteurs?)\b/],
  ['langueParlee', /\blangues?\b/],
  ['sexe', /\b(sexe|genre)\b|\bfilles? garcons?\b|\bgarcons? filles?\b|^(f g|g f|f m|m f|h f|f h)$/],
  ['niveau', /\b(niveau|niv|classes?|scolarite)\b/],
  ['etablissement', /\b(ecoles?|etablissements?|etab|colleges?|lycees?|groupe scolaire)\b/],
  ['collectif', /\b(collectifs?|groupes?|ateliers?|creneaux?)\b/],
]

/**
 * The field a header names, or null. `group` is the label of a merged cell above the header
 * (« Responsable légal » over « Nom » and « Téléphone »): it tells a parent's name from the child's.
 */
export function fieldForHeader(label: string, group = ''): ChampImport | null {
  const k = fold(label)
  if (k === '') return null
  for (const [champ, re] of RULES) if (re.test(k)) return champ
  const g = fold(group)
  // « Nom de famille » is the child's surname, not a family's.
  const ownParent = PARENT.test(k.replace(/\bnom de famille\b/, ''))
  const parent = ownParent || (PARENT.test(g) && !CHILD.test(k))
  const hasNom = /\bnoms?\b/.test(k)
  const hasPrenom = /\bprenoms?\b/.test(k)
  if (parent) return hasPrenom ? null : hasNom || ownParent ? 'responsable' : null
  // One column holding both names cannot be split reliably: left for the user to see.
  if (hasNom && hasPrenom) return null
  if (hasPrenom) return 'prenom'
  if (hasNom) return 'nom'
  return null
}

/** One proposal per column; a field goes to the first column that names it, the others stay free. */
export function proposeColumns(labels: readonly string[], groups: readonly string[] = []): ColumnMapping {
  const mapping: ColumnMapping = {}
  labels.forEach((label, i) => {
    const champ = fieldForHeader(label, groups[i] ?? '')
    if (champ && mapping[champ] === undefined) mapping[champ] = i
  })
  return mapping
}
