import { normalizeLabel } from '../questions/normalize'

// Words that carry no meaning of their own in a form's label.
const STOP = new Set(
  ('a au aux avec ce ces cet cette ci d dans de des du en est et il ils l la le les leur leurs lui ou par pour qu que quel quelle sa ses ' +
    'quelles quels qui s se si son sont sur t un une vos votre vous nous notre nos y elle elles on ont n ne pas etre avez etes ete ' +
    'sera seront avait avaient celle celui ceux dont j je me mon ma mes m c telle tels telles pouvez etc ainsi merci selon oui non ayant differents differentes')
    .split(' '),
)

// Feminine endings and their masculine: « porteuse », « coordinatrice », « éducative », « première », « moyenne ».
const FEMININE: [string, string][] = [['euse', 'eur'], ['trice', 'teur'], ['ive', 'if'], ['iere', 'ier'], ['elle', 'el'], ['enne', 'en']]

/**
 * A light French stemmer, the same on both sides of a comparison: plural and feminine marks
 * dropped (« réalisées » and « réalisé » → realis, « locaux » → local), digits-only words
 * (years, numbering such as « 3.2 ») dropped.
 */
export function stem(word: string): string {
  if (/^\d+$/.test(word)) return ''
  let s = word
  if (s.length > 4 && s.endsWith('aux')) s = `${s.slice(0, -3)}al`
  if (s.length > 3 && /[sx]$/.test(s)) s = s.slice(0, -1)
  for (const [feminine, masculine] of FEMININE) {
    if (s.length > feminine.length + 2 && s.endsWith(feminine)) {
      s = s.slice(0, -feminine.length) + masculine
      break
    }
  }
  for (let i = 0; i < 2 && s.length > 3 && s.endsWith('e'); i++) s = s.slice(0, -1)
  return s
}

/**
 * Words the forms use for the same thing, the first one standing for all: the « plus-value »,
 * « apport », « effet » or « impact » of a project; what was « envisagé », « prévu » or
 * « prévisionnel ».
 */
const SAME: string[][] = [
  ['effet', 'plusvalue', 'apport', 'impact'],
  ['prévisionnel', 'envisagé', 'prévu'],
  ['réel', 'réelle'],
  ['mail', 'courriel', 'email', 'mél', 'électronique'],
  ['téléphone', 'tél', 'portable', 'mobile'],
  // What CAF forms call the same things in other words.
  ['structure', 'organisme', 'dénomination'],
  ['commune', 'ville', 'localité'],
  ['intervenant', 'accompagnateur', 'encadrant'],
  ['nombre', 'effectif'],
  ['coordinateur', 'responsable', 'référent'],
  ['formalisé', 'convention', 'conventionné'],
  ['rencontre', 'réunion', 'réunissez'],
  ['enfant', 'jeune'],
  ['heure', 'temps', 'horaire'],
  ['bonus', 'bonification'],
  ['décrire', 'description', 'décrivez', 'détaillez', 'détailler'],
]
const EQUIVALENT = new Map(SAME.flatMap(([first, ...others]) => others.map((w) => [stem(normalizeLabel(w)), stem(normalizeLabel(first))])))

/** The meaningful words of a label, as canonical stems, each once, in order. */
export function words(text: string): string[] {
  const normalized = normalizeLabel(text)
    .replace(/\bplus value(s)?\b/g, 'plusvalue')
    .replace(/\be mail\b/g, 'email')
    // An organisation's « raison sociale » is its name, its « siège social » the organisation itself.
    .replace(/\braison sociale\b/g, 'nom')
    .replace(/\bsiege social\b/g, 'structure')
  const out: string[] = []
  for (const w of normalized.split(' ')) {
    if (!w || STOP.has(w)) continue
    const s = stem(w)
    if (!s) continue
    const canonical = EQUIVALENT.get(s) ?? s
    if (!out.includes(canonical)) out.push(canonical)
  }
  return out
}

/**
 * Words that ask for an answer without saying about what (« Si oui, précisez-en les raisons »):
 * such a label means what the line before it asks.
 */
const GENERIC = new Set(
  words(
    'précisez préciser précision précisions expliquez expliquer explication décrire détaillez indiquez indiquer comment pourquoi raisons ' +
      'lesquels lesquelles lequel laquelle plus commentaires observations remarques autres cas échéant justifiez justifier',
  ),
)

/** True when the label's words only ask for an answer (« Préciser : », « Si oui, expliquez-en les raisons »). */
export function isContentFree(text: string): boolean {
  return words(text).every((w) => GENERIC.has(w))
}

/** Length of the common start of two words. */
function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/** Whether two words of five letters or more differ by one letter (a typo: « prohet », « lequels »). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 5) return false
  const i = commonPrefix(a, b)
  const [x, y] = [a.slice(i), b.slice(i)]
  return x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1)
}

/**
 * How alike two stems are: 1 when equal, 0.85 for the same word in another form (« développer »,
 * « développées ») or with a typo, else 0.
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1
  const shorter = Math.min(a.length, b.length)
  if (shorter >= 5 && commonPrefix(a, b) >= Math.max(5, 0.75 * shorter)) return 0.85
  return oneEditApart(a, b) ? 0.85 : 0
}
