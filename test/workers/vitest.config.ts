// The HTTP contract under the Workers runtime (`npm run test:workers`): its own run, outside
// `npx vitest run`, because it starts `wrangler dev --local` (workerd) and takes a few minutes.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/workers/**/*.workers-test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
    // Cheap hashing for the pdfkit/fixtures this process makes; the Worker hashes at full cost.
    env: { ARGON2_TEST_PARAMS: '1' },
    reporters: ['default', ['json', { outputFile: 'test-artifacts/workers-results.json' }]],
  },
});
