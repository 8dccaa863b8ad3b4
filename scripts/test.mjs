// `npm test`: the unit and integration suites (vitest), then the end-to-end suite (Playwright
// in Debian's Chromium). Both always run; the last line sums them, as CI reads it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './electron-env.mjs'

const reports = join(root, '.reports')
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })
const bin = (name) => join(root, 'node_modules', '.bin', name)
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status

const vitestJson = join(reports, 'vitest.json')
const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`])
const playwrightJson = join(reports, 'playwright.json')
const playwrightStatus = run(bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson })

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
const suites = [
  { status: vitestStatus, counts: (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) }), report: read(vitestJson) },
  { status: playwrightStatus, counts: (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped }), report: read(playwrightJson) },
]
let passed = 0
let failed = 0
let skipped = 0
for (const suite of suites) {
  const c = suite.report ? suite.counts(suite.report) : { passed: 0, failed: 0, skipped: 0 }
  // A suite that failed without reporting a failed test (crash, bad config) must not look green.
  if (suite.status !== 0 && c.failed === 0) c.failed = 1
  passed += c.passed
  failed += c.failed
  skipped += c.skipped
}

const summary = `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`
writeFileSync(join(reports, 'summary.txt'), summary + '\n')
console.log(summary)
process.exit(failed > 0 ? 1 : 0)
