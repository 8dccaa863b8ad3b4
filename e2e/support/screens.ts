import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import { root } from './host'

/**
 * Outside `test-results/`, which every Playwright run empties: the screenshots of the last run
 * stay to be looked at and kept as artifacts (`.reports/` is ignored by git).
 */
export const screensDir = join(root, '.reports', 'screens')

/**
 * A screenshot of a screen, kept as `.reports/screens/NN-name.png` and attached to the test:
 * the whole page from its top, or only what is in view (`fullPage: false`, for a dialog).
 */
export async function screen(page: Page, testInfo: TestInfo, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(screensDir, { recursive: true })
  const path = join(screensDir, `${name}.png`)
  if (fullPage) await page.evaluate('window.scrollTo(0, 0)')
  await page.screenshot({ path, fullPage })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}
