// Checks the bilan question bank against the text of the forms: every formulation must appear,
// once normalized, in its form, and in the order of FORM_ORDER (searched in sequence, so that
// a wording a form repeats, « Si oui, précisez-en les raisons : », is found at its own place).
// The forms' text comes from templates/<id>/source.txt, else from ../shared/reference/forms.
// Usage: node bin/run-ts.mjs scripts/check-question-bank.ts [dossier des formulaires]
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findFormulation, FORM_ORDER, normalizeQuestionText, questionById, TEMPLATE_IDS, type TemplateId } from '../src/shared/bilan/questions'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SHARED_FILES: Record<TemplateId, string> = {
  'bilan-2024-2025': 'bilan-clas-2024-2025.txt',
  'bonus-tne-2025-2026': 'bilan-clas-2025-2026-bonus-tne.txt',
  'caf01-2025-2026': 'caf01-ain-bilan-clas-2025-2026.txt',
  'caf47-2021-2022': 'caf47-lot-et-garonne-bilan-clas-2021-2022.txt',
}
const sharedDir = process.argv[2] ? resolve(process.argv[2]) : resolve(root, '../shared/reference/forms')

function formText(id: TemplateId): string | null {
  for (const path of [join(root, 'templates', id, 'source.txt'), join(sharedDir, SHARED_FILES[id])]) {
    if (existsSync(path)) return readFileSync(path, 'utf8')
  }
  return null
}

let problems = 0
for (const id of TEMPLATE_IDS) {
  const raw = formText(id)
  if (raw === null) {
    console.log(`${id} : texte du formulaire introuvable, non vérifié.`)
    continue
  }
  const text = normalizeQuestionText(raw)
  let cursor = 0
  let found = 0
  for (const questionId of FORM_ORDER[id]) {
    for (const formulation of questionById(questionId)?.formulations[id] ?? []) {
      const wanted = normalizeQuestionText(formulation)
      const at = findFormulation(text, wanted, cursor)
      if (at >= 0) {
        cursor = at + wanted.length
        found++
      } else {
        problems++
        const anywhere = findFormulation(text, wanted) >= 0
        console.log(`${id} / ${questionId} : « ${formulation} » ${anywhere ? 'trouvée, mais avant la question précédente' : 'absente du formulaire'}.`)
      }
    }
  }
  console.log(`${id} : ${found} formulations trouvées dans l'ordre.`)
}
if (problems > 0) {
  console.log(`${problems} problème(s).`)
  process.exit(1)
}
