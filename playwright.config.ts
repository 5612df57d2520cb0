import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/browser';

// A port of this run's own (workers inherit it through the environment), so that parallel runs
// on one machine never meet.
process.env.E2E_PORT ??= String(20000 + (process.pid % 30000));
const port = Number(process.env.E2E_PORT);

const BUILD_SPECS = /(editing|translating|pseudo|rtl|hostile|xliff)\.spec\.ts$/;
// Specs that set their own viewports: the desktop project runs them once.
const OWN_VIEWPORTS = /(screens|transitions)\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  // Generous limits: speed is the benchmark's business; a slow shared machine must not fail a test.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'off',
  },
  projects: [
    { name: 'phone', testIgnore: [BUILD_SPECS, OWN_VIEWPORTS], use: { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } },
    { name: 'desktop', testIgnore: BUILD_SPECS, use: { viewport: { width: 1280, height: 800 } } },
    // Specs that build copies of the project after an editor's or translator's change.
    { name: 'builds', testMatch: BUILD_SPECS },
  ],
  webServer: {
    command: `node e2e/serve.mjs dist ${port}`,
    url: `http://127.0.0.1:${port}/de/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
