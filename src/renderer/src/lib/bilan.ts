import type { ElementFormulaire, StatutCase } from '../../../shared/contract/bilan'

export type CaseBilan = Extract<ElementFormulaire, { type: 'case' }>
export type TableauBilan = Extract<ElementFormulaire, { type: 'tableau' }>
export type ChiffreLie = Extract<CaseBilan['liaison'], { type: 'chiffres' }>['chiffres'][number]
export type QuestionLiee = Extract<CaseBilan['liaison'], { type: 'question' }>['question']

export const STATUT_LABELS: Record<StatutCase, { label: string; badge: string }> = {
  rempli: { label: 'Rempli', badge: 'badge--ok' },
  corrige: { label: 'Corrigé à la main', badge: '' },
  manquant: { label: 'À compléter', badge: 'badge--warn' },
  ignore: { label: 'Laissé tel quel', badge: 'badge--muted' },
}

/** A DOM id for a blank's key (`texte:nombre de salaries#1`), unique within the screen. */
export const caseDomId = (index: number) => `bilan-case-${index}`

/**
 * The preview document: the sanitized HTML of the filled form, in a frame that may run nothing
 * and load nothing (its own policy, on top of the sandbox).
 */
export function apercuSrcdoc(html: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
body { font: 15px/1.45 system-ui, 'Segoe UI', Roboto, Arial, sans-serif; color: #1d2430; margin: 1.2rem 1.5rem; }
h1 { font-size: 1.3rem; } h2 { font-size: 1.15rem; } h3 { font-size: 1.05rem; }
p { margin: 0 0 0.5em; white-space: pre-wrap; }
table { border-collapse: collapse; margin: 0.6rem 0 1rem; width: 100%; }
td, th { border: 1px solid #8a95a5; padding: 0.25rem 0.4rem; vertical-align: top; text-align: left; }
td p, th p { margin: 0; }
input[type=checkbox] { width: 1rem; height: 1rem; vertical-align: -0.15rem; }
</style></head><body>${html}</body></html>`
}
