import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Test files share their worker's module cache: the app is imported once per worker, not once
    // per file (import time was a third of the run). Tests keep no state in modules: each builds
    // its own context (test/helpers/context.ts).
    isolate: false,
    // A migrated, seeded template database for the whole run (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // Cheap password hashing in the suite only (src/auth/password.ts).
    env: { ARGON2_TEST_PARAMS: '1' },
    // The JSON report feeds the totals line that .ci/run prints.
    reporters: ['default', ['json', { outputFile: 'test-artifacts/results.json' }]],
  },
});
