import { describe, expect, it } from 'vitest'
import { asksNumber, asksQuestion, isAnswerInstruction, isBudgetColumn, isCrossedOut, isFootnote } from './label-cues'

describe('what a label asks for', () => {
  it('a question, for a oui/non written on a line', () => {
    expect(asksQuestion('Poursuivez-vous ce projet à l’identique ?')).toBe(true)
    expect(asksQuestion('Bonus Parents')).toBe(false)
  })

  it('a number', () => {
    for (const label of ['Nombre de salariés :', 'Soit en ETP :', 'Budget réalisé (€ TTC) :', 'Taux d’assiduité', 'Durée d’une séance']) expect(asksNumber(label), label).toBe(true)
    for (const label of ['Faciliter l’orientation des parents vers d’autres acteurs', 'Intitulé du projet 2024-2025 :', '1- Moyens humains']) expect(asksNumber(label), label).toBe(false)
  })

  it('an amount, under a budget column whatever the row names', () => {
    expect(isBudgetColumn('Prévisionnel')).toBe(true)
    expect(isBudgetColumn('Montant réalisé')).toBe(true)
    expect(isBudgetColumn('Commune ou intercommunalité')).toBe(false)
  })

  it('nothing, for a footnote', () => {
    expect(isFootnote('(1) Si le signataire n’est pas le représentant légal de l’association…')).toBe(true)
    expect(isFootnote('(*) Rayer la mention inutile')).toBe(true)
    expect(isFootnote('1- Calendrier de mise en œuvre')).toBe(false)
  })

  it('tells a column heading that says how to answer, and one crossed out', () => {
    expect(isAnswerInstruction('Répondez par Oui ou Non')).toBe(true)
    expect(isAnswerInstruction('Nombre de séances')).toBe(false)
    expect(isCrossedOut('/')).toBe(true)
    expect(isCrossedOut(' – ')).toBe(true)
    expect(isCrossedOut('TOTAL')).toBe(false)
  })
})
