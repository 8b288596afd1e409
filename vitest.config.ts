import { defineConfig } from 'vitest/config'

// One runner for unit, integration and browser tests. Integration tests share the machine's
// two cores with real builds, so files run one at a time and get generous timeouts.
export default defineConfig({
  test: {
    include: ['rules/**/*.test.ts', 'components/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    reporters: ['default'],
  },
})
