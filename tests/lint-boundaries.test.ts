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

  it('keeps queries in the repos and services apart from each other', async () => {
    const syntax = async (filePath: string, code: string) => {
      const [result] = await eslint.lintText(code, { filePath })
      return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message)
    }
    const service = 'src/main/services/x.ts'
    expect(await syntax(service, "import { eq } from 'drizzle-orm'\nexport const f = eq\n")).toHaveLength(1)
    expect(await syntax(service, "import type Database from 'better-sqlite3'\nexport type D = Database.Database\n")).toHaveLength(1)
    expect(await syntax(service, "import { enfants } from '../store/schema'\nexport const t = enfants\n")).toHaveLength(1)
    expect(await syntax(service, "import { seancesHandlers } from './seances'\nexport const h = seancesHandlers\n")).toHaveLength(1)
    expect(await syntax(service, "import type { ServiceContext } from '../api/context'\nexport const f = (ctx: ServiceContext) => ctx.sqlite.prepare('SELECT 1').get()\n")).toHaveLength(1)
    expect(await syntax(service, "import type { ServiceContext } from '../api/context'\nexport const f = (ctx: ServiceContext) => ctx.db.select()\n")).toHaveLength(1)
    // What a service may use: repos and the shared reads and writes.
    expect(await syntax(service, "import { readEnfants } from '../store/repos/enfants'\nimport { exportDocument } from '../reads/year-document'\nimport { readComplianceInput } from '../reads/compliance-input'\nexport const f = [readEnfants, exportDocument, readComplianceInput]\n")).toEqual([])
    // The shared reads follow the rule too.
    expect(await syntax('src/main/reads/x.ts', "import type { ServiceContext } from '../api/context'\nexport const f = (ctx: ServiceContext) => ctx.sqlite.prepare('SELECT 1').get()\n")).toHaveLength(1)
    expect(await syntax('src/main/reads/x.ts', "import { seancesHandlers } from '../services/seances'\nexport const h = seancesHandlers\n")).toHaveLength(1)
    // Repos query, and tests may reach anything.
    expect(await syntax('src/main/store/repos/x.ts', "import { eq } from 'drizzle-orm'\nexport const f = eq\n")).toEqual([])
    expect(await syntax('src/main/services/x.test.ts', "import { eq } from 'drizzle-orm'\nimport { seancesHandlers } from './seances'\nexport const f = [eq, seancesHandlers]\n")).toEqual([])
  }, 60_000)

  it('finds no service of the tree breaking that rule', async () => {
    const results = await eslint.lintFiles(['src/main/services/**/*.ts'])
    const broken = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => `${r.filePath}:${m.line} ${m.message}`))
    expect(broken).toEqual([])
  }, 120_000)

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
