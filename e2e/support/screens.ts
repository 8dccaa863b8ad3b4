import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import { root } from './host'

const dir = join(root, 'test-results', 'screens')

/**
 * A screenshot of a screen, kept as `test-results/screens/NN-name.png` and attached to the test:
 * the whole page from its top, or only what is in view (`fullPage: false`, for a dialog).
 */
export async function screen(page: Page, testInfo: TestInfo, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `${name}.png`)
  if (fullPage) await page.evaluate('window.scrollTo(0, 0)')
  await page.screenshot({ path, fullPage })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}
