export const RENDERER_SOURCES: string[]
export function rendererStampPath(root: string): string
