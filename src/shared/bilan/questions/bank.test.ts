import { describe, expect, it } from 'vitest'
import { buildReponses } from '../../../main/demo/reponses'
import {
  findFormulation, FORM_ORDER, normalizeQuestionText, QUESTIONS, questionById, questionsOf, TEMPLATE_IDS, THEMES,
  type TemplateId,
} from './index'

const askedBy = (id: string) => Object.keys(questionById(id)?.formulations ?? {})

describe('question bank', () => {
  it('gives every question a unique snake_case id', () => {
    const ids = QUESTIONS.map((q) => q.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/)
  })

  it('keeps the ids the demo answers, as free-text questions', () => {
    for (const id of ['ecarts_previsionnel_reel', 'moyens_humains_ecarts', 'deroulement_enfants', 'deroulement_parents', 'conclusion_perspectives']) {
      expect(questionById(id)?.type, id).toBe('texte')
    }
    for (const id of Object.keys(buildReponses())) expect(questionById(id), id).toBeDefined()
  })

  it('gives every question a known theme, a French wording and at least one formulation of a known form', () => {
    for (const q of QUESTIONS) {
      expect(THEMES, q.id).toContain(q.theme)
      expect(q.texte.trim().length, q.id).toBeGreaterThan(5)
      const forms = Object.entries(q.formulations)
      // A question no known form asks yet is asked by a screen of the app.
      if (forms.length === 0) expect(q.ecran, q.id).toBeTruthy()
      for (const [template, wordings] of forms) {
        expect(TEMPLATE_IDS, q.id).toContain(template)
        expect(wordings.length, `${q.id} / ${template}`).toBeGreaterThan(0)
        for (const w of wordings) expect(normalizeQuestionText(w).length, `${q.id} / ${template}`).toBeGreaterThan(0)
      }
    }
  })

  it('words oui/non questions as questions', () => {
    for (const q of QUESTIONS.filter((x) => x.type === 'ouinon')) expect(q.texte, q.id).toMatch(/ \?$/)
  })

  it('shares the questions several forms ask', () => {
    expect(askedBy('conclusion_perspectives').sort()).toEqual([...TEMPLATE_IDS].sort())
    expect(askedBy('ecarts_previsionnel_reel').length).toBeGreaterThanOrEqual(3)
    expect(askedBy('moyens_humains_ecarts').sort()).toEqual(['bilan-2024-2025', 'caf01-2025-2026', 'caf47-2021-2022'])
    expect(askedBy('deroulement_parents').sort()).toEqual(['bilan-2024-2025', 'bonus-tne-2025-2026', 'caf01-2025-2026'])
    expect(askedBy('poursuite_identique').sort()).toEqual(['bilan-2024-2025', 'bonus-tne-2025-2026'])
    expect(askedBy('territoire_acteurs').sort()).toEqual(['bilan-2024-2025', 'caf47-2021-2022'])
  })

  it('keeps one deviation question per theme', () => {
    const ecarts = QUESTIONS.filter((q) => q.type === 'texte' && /ecarts/.test(q.id))
    const themes = ecarts.map((q) => q.theme)
    expect(new Set(themes).size).toBe(themes.length)
    expect(themes.sort()).toEqual(['bonus_enfants', 'bonus_parents', 'budget', 'calendrier', 'ecole', 'enfants', 'moyens_humains', 'parents', 'public', 'territoire'])
  })

  it('ties every follow-up to an oui/non question of its theme that the form asks right before it', () => {
    const followUps = QUESTIONS.filter((q) => q.suiteDe)
    expect(followUps.length).toBeGreaterThan(5)
    for (const q of followUps) {
      const parent = questionById(q.suiteDe!.question)
      expect(parent?.type, q.id).toBe('ouinon')
      expect(parent?.theme, q.id).toBe(q.theme)
      for (const template of TEMPLATE_IDS) {
        const order = FORM_ORDER[template]
        if (!order.includes(parent!.id) || !order.includes(q.id)) continue
        expect(order.indexOf(q.id) - order.indexOf(parent!.id), `${template} / ${q.id}`).toBe(1)
      }
    }
  })
})

describe('questionsOf', () => {
  it('lists, once each, exactly the questions that have a formulation for the form', () => {
    for (const template of TEMPLATE_IDS) {
      const listed = questionsOf(template).map((q) => q.id)
      expect(new Set(listed).size, template).toBe(listed.length)
      const withFormulation = QUESTIONS.filter((q) => q.formulations[template]).map((q) => q.id)
      expect([...listed].sort(), template).toEqual([...withFormulation].sort())
    }
  })

  it('follows the order of the form', () => {
    expect(questionsOf('caf01-2025-2026').map((q) => q.id).slice(0, 4))
      .toEqual(['moyens_humains_ecarts', 'formations_appreciation', 'besoins_formation', 'deroulement_enfants'])
    expect(questionsOf('caf47-2021-2022').at(-1)?.id).toBe('bonus_enfants_effets')
  })

  it('answers undefined for an unknown id', () => {
    expect(questionById('inconnue')).toBeUndefined()
  })
})

describe('normalizeQuestionText', () => {
  it('drops case, accents and ligatures', () => {
    expect(normalizeQuestionText('Mise en ŒUVRE RÉELLE du prévisionnel')).toBe('mise en oeuvre reelle du previsionnel')
  })

  it('unifies apostrophes and turns other punctuation into word breaks', () => {
    expect(normalizeQuestionText('l’école')).toBe(normalizeQuestionText("l'école"))
    expect(normalizeQuestionText('l ’école')).toBe("l'ecole")
    expect(normalizeQuestionText('a -t-il été mis en place ?')).toBe(normalizeQuestionText('a-t-il été mis en place?'))
    expect(normalizeQuestionText('« parentalité numérique » (1)…')).toBe('parentalite numerique 1')
  })

  it('collapses spaces, tabs, non-breaking spaces and line breaks', () => {
    expect(normalizeQuestionText('  Fait à \t\u00a0le\n\n  ')).toBe('fait a le')
  })
})

describe('findFormulation', () => {
  it('matches on word boundaries only, from the given position', () => {
    const text = normalizeQuestionText('Un travail parfait à rendre. Fait à Lyon. Fait à Bourg.')
    const at = findFormulation(text, 'fait a')
    expect(text.slice(at)).toBe('fait a lyon fait a bourg')
    expect(text.slice(findFormulation(text, 'fait a', at + 1))).toBe('fait a bourg')
    expect(findFormulation(text, 'fait a bo')).toBe(-1)
  })
})

/**
 * Excerpts pasted from the forms (shared/reference/forms, long dotted lines shortened): the
 * formulations of the listed questions, in this order, must be found in them one after the
 * other, and `questionsOf` must list these questions in the same order.
 */
const EXCERPTS: { template: TemplateId; ids: string[]; text: string }[] = [
  {
    template: 'bilan-2024-2025',
    ids: ['conclusion_perspectives', 'reponses_difficultes', 'poursuite_identique', 'nouveau_nombre_collectifs', 'nouveautes'],
    text: `8- BILAN GLOBAL ET PERSPECTIVES

Globalement, quel bilan tirez-vous de la mise en œuvre de votre projet Clas ?

Quelles réponses avez-vous trouvées face aux difficultés rencontrées dans le cadre de votre projet ?

Poursuivez-vous ce projet à l'identique avec le même nombre de collectifs ?

Si non, indiquez le nouveau nombre de collectifs :

Quelles sont les nouveautés ?`,
  },
  {
    template: 'bonus-tne-2025-2026',
    ids: [
      'convention_pluriannuelle', 'poursuite_annee_suivante', 'poursuite_identique', 'nouveau_nombre_collectifs', 'nouveautes',
      'bonus_enfants_poursuite', 'bonus_enfants_demande', 'bonus_parents_poursuite', 'bonus_parents_demande',
      'signataire_nom', 'signataire_qualite', 'fait_a',
    ],
    text: `PERSPECTIVES 2026-2027
Bénéficiez-vous d’une convention pluriannuelle pour ce projet ?      oui  non
Si oui, souhaitez poursuivre ce projet pour 2026-2027 ?      oui  non
Poursuivez-vous ce projet à l’identique avec le même nombre de collectifs ?   oui  non
Si non, vous devrez compléter le document spécifique « CLAS : Demande d’ajustement des projets pluriannuels »
Indiquez le nouveau nombre de collectifs :
Quelles sont les nouveautés qui justifient ce changement ?

Bénéficiaire d’un bonus enfant : Confirmez-vous que vous poursuivez ce projet l’année prochaine ?      oui   non

Non bénéficiaire d’un bonus enfant : Souhaitez-vous déposer une demande pour l’année 2026-2027      oui   non
Si oui, vous devrez compléter le document spécifique « CLAS : Demande d’ajustement des projets pluriannuels »

Bénéficiaire d’un bonus parent : Confirmez-vous que vous poursuivez ce projet l’année prochaine ?      oui        non

Non bénéficiaire d’un bonus enfant : Souhaitez-vous déposer une demande pour l’année 2026-2027      oui   non
Si oui, vous devrez compléter le document spécifique « CLAS : Renouvellement des projets pluriannuels »

Je, soussigné(e) (nom, prénom) ,  agissant en qualité de (1)
  , certifie l’exactitude des informations portées sur le présent document.
Fait à   le`,
  },
  {
    template: 'caf01-2025-2026',
    ids: ['ecole_actions', 'ecole_ecarts', 'retours_etablissements', 'conclusion_perspectives', 'suggestions_caf'],
    text: `[bookmark: _Hlk213347003]Axe de concertation et de coordination avec l’école / le collège

Quelles actions avez-vous mises en œuvre avec les établissements scolaires (bilan, présentation du projet, échanges sur l’orientation et le suivi des enfants, projet commun…) ?

S’il existe des écarts entre ce qui avait été envisagé dans le projet et ce qui a été réalisé concernant la collaboration avec les établissements scolaires, pouvez-vous en donner-en les raisons :

A l’issue d’une année scolaire, quels retours les établissements vous font ils de la participation des enfants au dispositif clas ?

Conclusion / Suggestion

Globalement, quelle conclusion tirez-vous de cette année de conduite du projet Clas (éléments positifs, freins) ?

Avez-vous des remarques, des suggestions à faire dans la conduite du dispositif par la Caf ?`,
  },
  {
    template: 'caf47-2021-2022',
    ids: [
      'enfants_ecarts_existe', 'enfants_ecarts', 'suivi_progression_assiduite', 'mesure_progression', 'mesure_assiduite',
      'bonus_enfants_ecarts_existe', 'bonus_enfants_ecarts',
    ],
    text: `Pour des actions décrites ci-dessus, existe-t-il des écarts entre le prévisionnel et le réel du projet ?

oui  FORMCHECKBOX

non  FORMCHECKBOX

Si oui, expliquez-en les raisons :
……………

Progression et assiduité de l’enfant :

oui  FORMCHECKBOX

non  FORMCHECKBOX

Mesurez-vous la progression de l’enfant ?

oui  FORMCHECKBOX

non  FORMCHECKBOX

Mesurez-vous l’assiduité des enfants à l’action CLAS ?
oui  FORMCHECKBOX

non  FORMCHECKBOX

Si vous êtes concerné (voir notification Caf) : Bonification de l’axe enfant

Le projet d’ouverture culturel a-t-il été mis en place ?

oui  FORMCHECKBOX

non  FORMCHECKBOX

Existe-t-il des écarts entre le prévisionnel et le réel du projet d’ouverture culturel ?

oui  FORMCHECKBOX

non  FORMCHECKBOX

Si oui, expliquez-en les raisons

……………`,
  },
]

describe.each(EXCERPTS)('formulations of $template', ({ template, ids, text }) => {
  it('are found in the form, one after the other', () => {
    const normalized = normalizeQuestionText(text)
    let cursor = 0
    for (const id of ids) {
      const wordings = questionById(id)?.formulations[template] ?? []
      expect(wordings.length, id).toBeGreaterThan(0)
      for (const w of wordings) {
        const at = findFormulation(normalized, normalizeQuestionText(w), cursor)
        expect(at, `${id} : « ${w} »`).toBeGreaterThanOrEqual(cursor)
        cursor = at + normalizeQuestionText(w).length
      }
    }
  })

  it('are listed by questionsOf in the same order', () => {
    const order = questionsOf(template).map((q) => q.id)
    const start = order.indexOf(ids[0])
    expect(order.slice(start, start + ids.length)).toEqual(ids)
  })
})
