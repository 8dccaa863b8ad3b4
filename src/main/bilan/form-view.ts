import type { AsOfFields, ElementFormulaire, Formulaire, StatutCase } from '../../shared/contract/bilan'
import type { Modele } from '../../shared/contract/bilan-modeles'
import { formatFigure } from '../../shared/bilan/figures/format-figure'
import { figureLabel, TABLE_LABELS } from '../../shared/bilan/figures/labels'
import type { FigureValue } from '../../shared/bilan/figures/types'
import type { Binding, Lignes, Mapping } from '../../shared/bilan/mapping/mapping-schema'
import { isFootnote } from '../../shared/bilan/mapping/label-cues'
import { computedFigure, resolveValue, rowValue, type Answers } from '../../shared/bilan/mapping/resolve-value'
import { enfantsManquants, totalEcarts } from '../../shared/bilan/mapping/group-checks'
import { questionById, TEMPLATE_IDS } from '../../shared/bilan/questions'
import type { Blank } from './docx/blanks'
import { openDocx } from './docx/docx-file'
import { fillDocumentXml, type FillReport } from './docx/fill'
import { outlineForm } from './outline/form-outline'

type Case = Extract<ElementFormulaire, { type: 'case' }>
type Tableau = Extract<ElementFormulaire, { type: 'tableau' }>
type Chiffre = Extract<Case['liaison'], { type: 'chiffres' }>['chiffres'][number]

export interface FormViewInput {
  form: Uint8Array
  mapping: Mapping
  modele: Modele
  answers: Answers
  /** Titles of the other forms, by id, to name them beside their wording of a question. */
  titres: Map<string, string>
}

/** A figure as the filler writes it: the format its label gives (« 0,33 », « 1 h 30 », « 84 % »). */
function formatted(key: string, value: FigureValue | undefined): string {
  if (value === null || value === undefined) return ''
  return formatFigure(value, figureLabel(key)?.format ?? (typeof value === 'number' ? 'decimal' : 'texte'))
}

function chiffre(key: string, answers: Answers): Chiffre {
  const label = figureLabel(key)
  const computed = computedFigure(key, answers)
  const correction = answers.corrections?.[key]?.trim() || null
  return {
    cle: key,
    libelle: label?.libelle ?? key,
    format: label?.format ?? 'texte',
    calcule: computed ? formatted(key, computed.value) : '',
    source: computed ? computed.source : 'chiffre inconnu de cette version de Clas',
    correction,
  }
}

function provenanceOf(chiffres: Chiffre[]): string {
  const parts = chiffres.map((c) => (c.correction !== null ? `corrigé à la main (calculé : ${c.calcule || 'aucune donnée'})` : c.source))
  return [...new Set(parts.filter(Boolean))].join(' ; ')
}

/** Why a bound blank stays blank, in the coordinator's words rather than the filler's keys. */
function missingReason(binding: Binding, chiffres: Chiffre[], fillerReason: string | undefined): string {
  const v = binding.valeur
  if ('question' in v) return questionById(v.question) ? 'Pas encore de réponse.' : `Question « ${v.question} » inconnue de cette version de Clas : à remplir dans le document.`
  const unknown = chiffres.find((c) => c.source === 'chiffre inconnu de cette version de Clas')
  if (unknown) return `Chiffre « ${unknown.cle} » inconnu de cette version de Clas : à remplir dans le document.`
  if (chiffres.every((c) => c.calcule === '' && c.correction === null)) return 'Les registres ne donnent pas ce chiffre : corrigez-le à la main ou complétez les données.'
  const reason = fillerReason ?? 'non rempli'
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`
}

function caseOf(blank: Blank, binding: Binding | undefined, input: FormViewInput, missing: Map<string, string>): Case {
  const base = { type: 'case' as const, cle: blank.key, genre: blank.kind, libelle: blank.label }
  if (!binding) {
    const raison = 'Aucune correspondance dans le modèle : à remplir à la main dans le document.'
    return { ...base, liaison: { type: 'aucune' }, valeur: null, provenance: raison, statut: 'manquant', raison }
  }
  const v = binding.valeur
  if ('ignorer' in v) return { ...base, liaison: { type: 'ignorer' }, valeur: null, provenance: 'laissé tel quel dans le document', statut: 'ignore', raison: null }

  const { answers } = input
  let liaison: Case['liaison']
  let chiffres: Chiffre[] = []
  if ('question' in v) {
    const q = questionById(v.question)
    const autresFormulations = q
      ? TEMPLATE_IDS.filter((id) => id !== input.modele.id && (q.formulations[id]?.length ?? 0) > 0).map((id) => ({ modele: input.titres.get(id) ?? id, textes: [...(q.formulations[id] ?? [])] }))
      : []
    liaison = {
      type: 'question',
      question: { id: v.question, texte: q?.texte ?? blank.label, type: q?.type ?? 'texte', autresFormulations, reponse: answers.reponses[v.question]?.trim() || null, connue: q !== undefined },
    }
  } else {
    chiffres = (Array.isArray(v.chiffre) ? v.chiffre : [v.chiffre]).map((key) => chiffre(key, answers))
    liaison = { type: 'chiffres', chiffres }
  }
  const provenance = 'question' in v ? (answers.reponses[v.question]?.trim() ? 'réponse saisie' : 'sans réponse') : provenanceOf(chiffres)

  const resolved = resolveValue(v, answers)
  const fillerReason = missing.get(blank.key)
  if (resolved.kind !== 'valeur' || fillerReason !== undefined) {
    return { ...base, liaison, valeur: null, provenance, statut: 'manquant', raison: missingReason(binding, chiffres, fillerReason) }
  }
  const valeur = blank.kind === 'choix' ? (resolved.truth ? 'Oui' : 'Non') : blank.kind === 'case' ? (resolved.truth ? 'Cochée' : 'Non cochée') : resolved.text
  const statut: StatutCase = chiffres.some((c) => c.correction !== null) ? 'corrige' : 'rempli'
  return { ...base, liaison, valeur, provenance, statut, raison: null }
}

function tableauOf(rule: Lignes, answers: Answers): Tableau & { compte: { remplies: number; total: number } } {
  const table = TABLE_LABELS[rule.repete]
  const columns = Object.entries(rule.colonnes).map(([c, field]) => [Number(c), field] as const).sort((a, b) => a[0] - b[0])
  const rows = answers.figures.rows[rule.repete]
  const capacite = rule.derniereLigne - rule.premiereLigne + 1
  const lignes = rows.map((_, i) => columns.map(([, field]) => rowValue(answers, rule.repete, i, field) ?? ''))
  const written = rule.debordement === 'ajouter' ? lignes : lignes.slice(0, capacite)
  const empty = written.reduce((n, row) => n + row.filter((cell) => cell === '').length, 0)
  const reasons: string[] = []
  if (rows.length === 0) reasons.push('Aucune ligne dans les registres : le tableau reste vide.')
  if (empty > 0) reasons.push(`${empty} case${empty > 1 ? 's' : ''} sans donnée.`)
  if (rule.debordement === 'signaler' && rows.length > capacite) reasons.push(`${rows.length - capacite} ligne${rows.length - capacite > 1 ? 's' : ''} de plus que le tableau n'en a (${capacite}) : à ajouter à la main.`)
  const total = rows.length === 0 ? 1 : rows.length * columns.length
  return {
    type: 'tableau',
    cle: `lignes:t${rule.tableau}:${rule.repete}`,
    repete: rule.repete,
    libelle: table.libelle,
    colonnes: columns.map(([, field]) => table.colonnes.find((c) => c.colonne === field)?.libelle ?? field),
    lignes,
    capacite,
    provenance: answers.figures.sources[rule.repete] ?? '',
    statut: reasons.length > 0 ? 'manquant' : 'rempli',
    raison: reasons.length > 0 ? reasons.join(' ') : null,
    compte: { remplies: rows.length === 0 ? 0 : written.length * columns.length - empty, total },
  }
}

/**
 * The Bilan screen's view of a form: every blank in document order under its heading, with
 * what the filler will write there and where it comes from. The filler itself is run on the
 * document so that what is shown missing is what the file will lack.
 */
export async function buildFormView(input: FormViewInput): Promise<Omit<Formulaire, AsOfFields>> {
  const { documentXml } = await openDocx(input.form)
  const { report } = fillDocumentXml(documentXml, input.mapping, input.answers)
  const outline = outlineForm(documentXml, input.mapping)
  const bindings = new Map<string, Binding>()
  for (const b of input.mapping.blanks) if (!bindings.has(b.blank)) bindings.set(b.blank, b)
  const missing = new Map(report.manquants.map((m) => [m.blank, m.raison]))

  const groupes: Formulaire['groupes'] = []
  const compte = { remplies: 0, total: 0 }
  for (const item of outline.items) {
    let element: ElementFormulaire
    if (item.type === 'lignes') {
      const { compte: c, ...tableau } = tableauOf(item.rule, input.answers)
      compte.remplies += c.remplies
      compte.total += c.total
      element = tableau
    } else {
      element = caseOf(item.blank, bindings.get(item.blank.key), input, missing)
      if (element.statut !== 'ignore') compte.total++
      if (element.statut === 'rempli' || element.statut === 'corrige') compte.remplies++
    }
    const titre = item.heading || 'Début du formulaire'
    const last = groupes.at(-1)
    if (last?.titre === titre) last.elements.push(element)
    else groupes.push({ titre, elements: [element] })
  }

  const elements = groupes.flatMap((g) => g.elements)
  const manquants = elements.filter((e) => e.statut === 'manquant').map((e) => ({ cle: e.cle, libelle: e.libelle, raison: e.raison ?? '' }))
  // The places the mapping leaves are empty in the document too (footnotes aside): said as well.
  const laissees = elements
    .filter((e) => e.statut === 'ignore' && e.type === 'case' && !isFootnote(e.libelle) && !bindings.get(e.cle)?.note)
    .map((e) => ({ cle: e.cle, libelle: e.libelle, raison: bindings.get(e.cle)?.aVerifier ? 'aucun chiffre ni aucune question trouvés pour cette place à l’import' : 'laissée vide par le modèle' }))
  const ecarts = new Map(totalEcarts(input.mapping, input.answers).map((t) => [t.blank, t]))
  const aVerifier = elements
    .filter((e): e is Case => e.type === 'case')
    .flatMap((e) => {
      const binding = bindings.get(e.cle)
      const written = e.statut === 'rempli' || e.statut === 'corrige'
      // A heading the import could not read: nothing written, and said here rather than among the places left.
      if (binding?.aVerifier && binding.note && e.statut === 'ignore') return [{ cle: e.cle, libelle: e.libelle, valeur: '', raison: binding.note }]
      const ecart = written ? ecarts.get(e.cle) : undefined
      if (ecart) return [{ cle: e.cle, libelle: e.libelle, valeur: e.valeur ?? '', raison: ecart.raison }]
      if (written && binding?.aVerifier === true) return [{ cle: e.cle, libelle: e.libelle, valeur: e.valeur ?? '' }]
      return []
    })
  return {
    modele: input.modele,
    annee: input.answers.figures.annee,
    groupes,
    compte,
    manquants,
    laissees,
    aVerifier,
    enfantsManquants: enfantsManquants(input.mapping, input.answers),
    avertissements: introuvables(report),
  }
}

function introuvables(report: FillReport): string[] {
  if (report.introuvables.length === 0) return []
  return [`${report.introuvables.length} place(s) de la correspondance sont absentes du document (modèle fait pour une autre version du formulaire ?) : elles ne seront pas remplies.`]
}

