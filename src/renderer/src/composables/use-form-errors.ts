import { inject, provide, ref, type InjectionKey, type Ref } from 'vue'
import type { z } from 'zod'
import { ApiError } from '../../../shared/contract/errors'
import { frenchErrorMap, listProblems } from '../../../shared/validation/french-errors'
import { useSubmit } from './use-submit'

export interface FormProblem {
  /** JSON path of the field (`creneaux[0].heureDebut`), empty when the whole form is at fault. */
  path: string
  message: string
}

export interface FormContext {
  /** The DOM id of the input bound to a path: `creneaux[0].heureDebut` → `f-creneaux-0-heureDebut`. */
  idFor(path: string): string
  error(path: string): string | undefined
  /** The user changed the field: its problem is taken as dealt with until the next check. */
  dismiss(path: string): void
  problems: Ref<FormProblem[]>
  /** Counts the submissions that found problems: the summary takes the focus on each. */
  reported: Ref<number>
  /**
   * A field whose value the model cannot see (a date field holding « 31/02/2013 » reports an
   * empty value): `problem` tells, at each check, what is wrong with it. Returns the unregistration.
   */
  watchField(path: string, problem: () => string | null): () => void
  /** Shows one field's problem next to it, without the summary taking the focus. */
  show(path: string, message: string): void
}

/** What a field gives its input: the path it edits and its label, for messages naming it. */
export interface FieldInfo {
  path: string
  label: string
}
export const FIELD_KEY: InjectionKey<FieldInfo> = Symbol('form-field')

const KEY: InjectionKey<FormContext> = Symbol('form-errors')

const capitalize = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s)

/** Server messages repeat the path (`date : …`): next to the field, the path is noise. */
export function stripPath(message: string, path: string): string {
  const prefix = `${path} : `
  return capitalize(message.startsWith(prefix) ? message.slice(prefix.length) : message)
}

export function idForPath(namespace: string, path: string): string {
  return `${namespace}-${path.replace(/\]/g, '').replace(/[.[]/g, '-') || 'form'}`
}

/**
 * The problems of one form, from the client-side schema check or from an ApiError, shared
 * with its fields (each shows its own) and its summary (lists them all, links to the inputs).
 * `namespace` keeps ids unique when a mini-form sits inside a bigger one.
 */
export function useFormErrors(namespace = 'f') {
  const problems = ref<FormProblem[]>([])
  const reported = ref(0)
  const watched = new Map<string, () => string | null>()
  const report = (found: FormProblem[]) => {
    problems.value = found
    if (found.length) reported.value++
  }
  const ctx: FormContext = {
    idFor: (path) => idForPath(namespace, path),
    error: (path) => problems.value.find((p) => p.path === path)?.message,
    dismiss: (path) => {
      if (problems.value.some((p) => p.path === path)) problems.value = problems.value.filter((p) => p.path !== path)
    },
    problems,
    reported,
    watchField: (path, problem) => {
      watched.set(path, problem)
      return () => watched.get(path) === problem && watched.delete(path)
    },
    show: (path, message) => {
      problems.value = [...problems.value.filter((p) => p.path !== path), { path, message }]
    },
  }
  provide(KEY, ctx)

  /** What the watched fields hold that their values do not show: it comes before the schema's word. */
  function fieldProblems(): FormProblem[] {
    return [...watched].flatMap(([path, problem]) => {
      const message = problem()
      return message ? [{ path, message }] : []
    })
  }

  function clear(): void {
    problems.value = []
  }

  /** Shows an error of a call: next to its field when it names one, else at the top. */
  function fromError(error: unknown, pathPrefix = ''): void {
    if (error instanceof ApiError) {
      const path = error.field ? pathPrefix + error.field : ''
      report([{ path, message: error.field ? stripPath(error.message, error.field) : error.message }])
    } else {
      report([{ path: '', message: "Une erreur inattendue s'est produite : rien n'a été enregistré." }])
    }
  }

  /** Checks `value` with a contract schema; every problem is shown at once. Returns the parsed value or null. */
  function check<S extends z.ZodType>(schema: S, value: unknown, extra: FormProblem[] = []): z.output<S> | null {
    const parsed = schema.safeParse(value, { error: frenchErrorMap })
    const found = parsed.success ? [] : listProblems(parsed.error).map((p) => ({ path: p.path, message: capitalize(p.message) }))
    const own = fieldProblems()
    extra = [...own, ...extra.filter((e) => !own.some((o) => o.path === e.path))]
    // A field with a friendlier message of our own keeps only that one.
    const merged = [...extra, ...found.filter((p) => !extra.some((e) => e.path === p.path))]
    report(merged)
    return merged.length === 0 && parsed.success ? parsed.data : null
  }

  /** Runs what a submission does (its call and what follows): `busy` meanwhile, a failure shown on the form. */
  const { busy, run } = useSubmit(fromError)

  return { ctx, problems, clear, fromError, check, busy, run }
}

export function useFormContext(): FormContext {
  const ctx = inject(KEY, null)
  if (!ctx) throw new Error('FormField must sit inside a form that calls useFormErrors()')
  return ctx
}

/** A required choice left empty, worded for a person. */
export function required(path: string, value: unknown, message: string): FormProblem[] {
  return value === '' || value === null || value === undefined ? [{ path, message }] : []
}
