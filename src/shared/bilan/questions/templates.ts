/**
 * The bilan forms the question bank knows, by the id the app gives their template. The order is
 * the one in which a person meets them (newest national form first, then departments).
 */
export const TEMPLATE_IDS = ['bilan-2024-2025', 'bonus-tne-2025-2026', 'caf01-2025-2026', 'caf47-2021-2022'] as const

export type TemplateId = (typeof TEMPLATE_IDS)[number]

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value)
}
