// The four forms, in the order they are always built: docx numbers bookmarks and lists with
// process-wide counters, so building them in a fixed order keeps the bytes the same.
import type { FormModule } from '../parts.js'
import { bilan20242025 } from './bilan-2024-2025.js'
import { bonusTne20252026 } from './bonus-tne-2025-2026.js'
import { caf0120252026 } from './caf01-2025-2026.js'
import { caf4720212022 } from './caf47-2021-2022.js'

export const FORMS: readonly FormModule[] = [bilan20242025, bonusTne20252026, caf0120252026, caf4720212022]
