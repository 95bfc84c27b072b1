import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A migrated, seeded template database for the whole run (test/global-setup.ts).
    globalSetup: ['test/global-setup.ts'],
    // Cheap password hashing in the suite only (src/auth/password.ts).
    env: { ARGON2_TEST_PARAMS: '1' },
    // The JSON report feeds the totals line that .ci/run prints.
    reporters: ['default', ['json', { outputFile: 'test-artifacts/results.json' }]],
  },
});
