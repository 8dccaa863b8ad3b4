/** One file of the closing folder: where it goes in the folder, what README.txt says of it, its bytes. */
export interface ClosingFile {
  /** Path inside the folder, with `/` (« registres/registre-cm1-2025-2026.xlsx »). */
  chemin: string
  description: string
  bytes: Buffer
}

export interface PartResult {
  fichiers: ClosingFile[]
  /** What could not be made and why, in French (the bilan's PDF without LibreOffice nor Chromium). */
  avertissements: string[]
}

/** A step of the build, reported to the progress bar by its French label. */
export interface ClosingPart {
  id: string
  libelle: string
  build(): Promise<PartResult>
}

export const done = (...fichiers: ClosingFile[]): PartResult => ({ fichiers, avertissements: [] })
