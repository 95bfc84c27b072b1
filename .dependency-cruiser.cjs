/**
 * `npm run deps:check` (dependency-cruiser): the layering rules a newcomer might break without
 * noticing (docs in /work/shared/design/architecture.md, issue 14 item 5).
 *
 * - Routes parse, authorise and call the domain: no SQL, so no import of kysely, better-sqlite3 or
 *   anything under db/ — not even a type-only import of db/schema. ENFORCED (error) for the API
 *   routes and the shared route helpers.
 * - TEMPORARY EXCEPTION: the web pages under src/routes/web/ are being cleaned in another change;
 *   until then the same rule only warns there. Delete `web-routes-hold-no-sql-TEMPORARY` and widen
 *   `routes-hold-no-sql` to all of src/routes/ when that lands.
 * - No import cycles in src/, workflows/ or db/: reported as warnings for now (known cycles are
 *   being broken, issue 14 item 5).
 */
const DATABASE = '^(db/|node_modules/(kysely|better-sqlite3)/)';

module.exports = {
  forbidden: [
    {
      name: 'routes-hold-no-sql',
      severity: 'error',
      comment: 'A route calls the domain (src/<area>/); queries, transactions and db/ types live there.',
      from: { path: '^src/routes/', pathNot: '^src/routes/web/' },
      to: { path: DATABASE },
    },
    {
      name: 'web-routes-hold-no-sql-TEMPORARY',
      severity: 'warn',
      comment: 'Temporary exception while the web pages are cleaned: the same rule as routes-hold-no-sql, only warned.',
      from: { path: '^src/routes/web/' },
      to: { path: DATABASE },
    },
    {
      name: 'no-circular',
      severity: 'warn',
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
