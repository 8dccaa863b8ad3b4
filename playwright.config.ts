import { defineConfig } from '@playwright/test'

// End-to-end tests drive Debian's Chromium (Playwright's own browsers cannot be downloaded
// here) against the HTTP host; each test starts its own host on its own temporary database.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    viewport: { width: 1366, height: 860 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      // A French system locale: native date and time fields read jj/mm/aaaa and 16:45, as on the
      // volunteers' laptops (Chromium takes it from LANG; Debian's chromium-l10n has the resources).
      env: { ...process.env, LANG: 'fr_FR.UTF-8' },
    },
  },
})
