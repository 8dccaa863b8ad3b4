import { describe, expect, it } from 'vitest'
import { defaultForm, formMismatch, type FormIdentity } from './form-choice'

const forms: FormIdentity[] = [
  { id: 'bonus-tne-2025-2026', departement: null, anneeScolaire: '2025-2026', origine: 'integre' },
  { id: 'caf01-2025-2026', departement: '01', anneeScolaire: '2025-2026', origine: 'integre' },
  { id: 'bilan-2024-2025', departement: null, anneeScolaire: '2024-2025', origine: 'integre' },
  { id: 'caf47-2021-2022', departement: '47', anneeScolaire: '2021-2022', origine: 'integre' },
]

describe('defaultForm', () => {
  it("opens the form of the association's CAF for its year, an imported one first", () => {
    expect(defaultForm(forms, { annee: '2025-2026', departement: '01' })).toEqual({ form: forms[1], note: null })
    const imported: FormIdentity = { id: 'caf01-bis', departement: '01', anneeScolaire: '2025-2026', origine: 'importe' }
    expect(defaultForm([...forms, imported], { annee: '2025-2026', departement: '01' }).form).toBe(imported)
  })
  it('falls back on the national form of the year, saying so', () => {
    const { form, note } = defaultForm(forms, { annee: '2025-2026', departement: '72' })
    expect(form?.id).toBe('bonus-tne-2025-2026')
    expect(note).toBe("Aucun formulaire de la CAF 72 pour 2025-2026 : le formulaire national est proposé. Importez celui de votre Caf s'il en a un.")
    // Another CAF's form of the same year is never the default.
    expect(defaultForm(forms, { annee: '2021-2022', departement: '01' }).form?.id).toBe('bonus-tne-2025-2026')
  })
  it('with no form of the year at all, says that none fits', () => {
    const { note } = defaultForm(forms, { annee: '2027-2028', departement: '01' })
    expect(note).toMatch(/^Aucun formulaire pour 2027-2028 de la CAF 01 ni national/)
  })
})

describe('formMismatch', () => {
  const data = { annee: '2025-2026', departement: '01' }
  it('is silent for a form of the year, of the CAF or national', () => {
    expect(formMismatch(forms[0], data)).toBeNull()
    expect(formMismatch(forms[1], data)).toBeNull()
  })
  it('names the year and CAF of the form and of the data', () => {
    expect(formMismatch(forms[3], { annee: '2025-2026', departement: '47' })).toBe('Ce formulaire est celui de 2021-2022 (CAF 47) ; vos données sont de 2025-2026.')
    expect(formMismatch(forms[3], data)).toBe('Ce formulaire est celui de 2021-2022 (CAF 47) ; vos données sont de 2025-2026 (CAF 01).')
    expect(formMismatch(forms[2], data)).toBe('Ce formulaire est celui de 2024-2025 (formulaire national) ; vos données sont de 2025-2026.')
    expect(formMismatch({ id: 'x', departement: '47', anneeScolaire: '2025-2026' }, data)).toBe('Ce formulaire est celui de la CAF 47 ; votre association relève de la CAF 01.')
  })
})
