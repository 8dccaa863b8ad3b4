import { describe, expect, it } from 'vitest'
import { TEMPLATE_ID_PATTERN } from '../../../shared/bilan/templates/import-fields'
import { newTemplateId, slugOf } from './template-id'

describe('slugOf', () => {
  it('keeps three meaningful ascii words of a title or a file name', () => {
    expect(slugOf('Bilan CLAS 2025/2026 – Caf de l’Ain.docx')).toBe('bilan-clas-ain')
    expect(slugOf('Évaluation  des actions (copie).DOCX')).toBe('evaluation-actions')
    expect(slugOf('2025-2026.docx')).toBe('')
  })
})

describe('newTemplateId', () => {
  it('names the department, the year and the form, in the shape template.json accepts', () => {
    const id = newTemplateId('2A', '2025-2026', 'Bilan Clas Corse-du-Sud', new Set())
    expect(id).toBe('caf2a-2025-2026-bilan-clas-corse')
    expect(id).toMatch(TEMPLATE_ID_PATTERN)
  })

  it('adds -2, -3… when the id is taken, by a built-in form too', () => {
    expect(newTemplateId('01', '2025-2026', '2025-2026.docx', new Set(['caf01-2025-2026']))).toBe('caf01-2025-2026-2')
    expect(newTemplateId('01', '2025-2026', 'form.docx', new Set(['caf01-2025-2026-form', 'caf01-2025-2026-form-2']))).toBe('caf01-2025-2026-form-3')
  })
})
