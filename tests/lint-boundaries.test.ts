import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The project's own ESLint configuration, on code placed where the boundaries apply.
const eslint = new ESLint({ cwd: process.cwd() })
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('import boundaries (eslint.config.js)', () => {
  it('keeps the renderer away from main-process code', async () => {
    expect(await restricted('src/renderer/src/lib/x.ts', "import { exportDocument } from '../../../main/services/echange'\nexport const f = exportDocument\n")).toHaveLength(1)
    expect(await restricted('src/renderer/src/lib/x.ts', "import { sortFr } from '../../../shared/domain/french-order'\nexport const f = sortFr\n")).toEqual([])
  }, 60_000)

  it('keeps src/shared free of Node built-ins and of main-process code', async () => {
    expect(await restricted('src/shared/text/x.ts', "import { readFileSync } from 'node:fs'\nexport const f = readFileSync\n")).toHaveLength(1)
    expect(await restricted('src/shared/text/x.ts', "import { join } from 'path'\nexport const f = join\n")).toHaveLength(1)
    expect(await restricted('src/shared/text/x.ts', "import { openDocx } from '../../main/bilan/docx/docx-file'\nexport const f = openDocx\n")).toHaveLength(1)
    expect(await restricted('src/shared/text/x.ts', "import { fold } from './fold'\nexport const f = fold\n")).toEqual([])
    // Main-process code may use Node.
    expect(await restricted('src/main/zip/x.ts', "import { readFileSync } from 'node:fs'\nexport const f = readFileSync\n")).toEqual([])
  }, 60_000)

  it('keeps the CLI commands on the dispatcher, away from the store, services and engines', async () => {
    expect(await restricted('src/main/hosts/cli/commands/x.ts', "import { readStructure } from '../../../store/repos/association'\nexport const f = readStructure\n")).toHaveLength(1)
    expect(await restricted('src/main/hosts/cli/commands/x.ts', "import { bilanAnswers } from '../../../services/bilan'\nexport const f = bilanAnswers\n")).toHaveLength(1)
    expect(await restricted('src/main/hosts/cli/commands/x.ts', "import { fillTemplate } from '../../../bilan/fill-template'\nexport const f = fillTemplate\n")).toHaveLength(1)
    expect(await restricted('src/main/hosts/cli/commands/x.ts', "import { mappingSchema } from '../../../../shared/bilan/mapping/mapping-schema'\nexport const f = mappingSchema\n")).toEqual([])
    // Every command, the former exceptions too (backup, import, templates import) …
    for (const command of ['backup', 'import', 'templates-import', 'templates', 'bilan']) {
      expect(await restricted(`src/main/hosts/cli/commands/${command}.ts`, "import { takeBackup } from '../../../backup/take-backup'\nexport const f = takeBackup\n"), command).toHaveLength(1)
    }
    // … but the two named ones: the host itself, and the restore of a base that will not open.
    expect(await restricted('src/main/hosts/cli/commands/serve.ts', "import { resolveDbPath } from '../../../store/data-paths'\nexport const f = resolveDbPath\n")).toEqual([])
    expect(await restricted('src/main/hosts/cli/commands/restore.ts', "import { restoreDatabaseFile } from '../../../backup/restore'\nexport const f = restoreDatabaseFile\n")).toEqual([])
  }, 60_000)
})
