// Types of source-stamp.mjs, for the TypeScript that uses it (the renderer's build check).
export interface SourceFile {
  rel: string
  path: string
  mark: string
}
export interface Stamp {
  hash: string
  salt?: string
  marks: Record<string, string>
}
export function listSources(root: string, entries: string[]): SourceFile[]
export function contentHash(files: SourceFile[], salt?: string): string
export function readStamp(path: string): Stamp | null
export function writeStamp(path: string, hash: string, files: SourceFile[], salt?: string): void
export function currentHash(root: string, entries: string[], stampPath: string, salt?: string): { hash: string; files: SourceFile[]; stamped: boolean }
