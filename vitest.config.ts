import { defineConfig } from 'vitest/config';

// Two projects, named by where the code under test runs:
// - unit: pure engines and content logic in Node (*.test.ts under tests/unit)
// - browser: the built kiosk in real Debian Chromium driven by playwright-core (*.browser.test.ts)
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.browser.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores and the tests share one preview server.
          fileParallelism: false,
        },
      },
    ],
  },
});
