/**
 * `npm run deps:check` (dependency-cruiser): the layering rules a newcomer might break without
 * noticing (docs in /work/shared/design/architecture.md, issue 14 item 5).
 *
 * - Routes parse, authorise and call the domain: no SQL, so no import of kysely, better-sqlite3 or
 *   anything under db/ — not even a type-only import of db/schema.
 * - @hono/node-server only in the Node entry (src/server.ts, src/node-*.ts): createApp also runs on Workers.
 * - No import cycles in src/, workflows/ or db/.
 */
const DATABASE = '^(db/|node_modules/(kysely|better-sqlite3)/)';

module.exports = {
  forbidden: [
    {
      name: 'routes-hold-no-sql',
      severity: 'error',
      comment: 'A route calls the domain (src/<area>/); queries, transactions and db/ types live there.',
      from: { path: '^src/routes/' },
      to: { path: DATABASE },
    },
    {
      name: 'node-server-only-in-node-entry',
      severity: 'error',
      comment: 'createApp runs on Node and on Workers: @hono/node-server belongs to the Node entry (src/server.ts) and its node-* helpers.',
      from: { path: '^(src|workflows|db)/', pathNot: '^src/(server|node-[^/]+)\\.ts$' },
      to: { path: '^node_modules/@hono/node-server/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: each module should be readable without the other (split or move the shared part).',
      from: { path: '^(src|workflows|db)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: `import type { CaseRow } from 'db/schema'` in a route is refused too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
