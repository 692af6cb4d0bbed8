// Test runner set-up: pure tests run in parallel; tests that touch the graph (*.graph.test.ts) or drive a
// browser (*.e2e.test.ts) share one real Neo4j started by test/global-setup.ts, so they run one file at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.graph.test.ts', 'test/**/*.e2e.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'graph',
          globalSetup: ['test/global-setup.ts'],
          include: ['test/**/*.graph.test.ts', 'test/**/*.e2e.test.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
