import { defineConfig } from 'vitest/config'

// One runner for the unit tests beside their code (rules/, site/, components/) and the integration
// and browser tests in test/. Integration tests share the machine's two cores with real builds, so
// files run one at a time and get generous timeouts.
export default defineConfig({
  // tsconfig keeps JSX for Next (`preserve`); tests that render the admin's server components
  // (test/cms/workspaces-admin.test.ts) need it compiled.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['rules/**/*.test.ts', 'content/**/*.test.ts', 'cms/**/*.test.ts', 'site/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    // Browser tests poll the page; under CI's load a step can take longer than the 1 s default.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 600_000,
    reporters: ['default'],
  },
})
