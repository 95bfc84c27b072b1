/**
 * Once per test run: a database migrated and seeded with the demo body, written to a template
 * file. Each test context opens a copy of it in memory (test/helpers/context.ts) instead of
 * migrating, seeding and hashing the demo passwords again — the same database a fresh start
 * makes, at a fraction of the cost. With TEST_DATABASE=postgres the template is a database on the
 * test server, which each context copies (test/helpers/backend.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The template database file (see test/helpers/context.ts), or on PostgreSQL its name. */
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  // The same cheap password hashing as the workers (vitest.config.ts), before password.ts loads.
  process.env.ARGON2_TEST_PARAMS = '1';
  process.env.VITEST ??= 'true';
  const { buildTemplate, buildPostgresTemplate } = await import('./helpers/template');
  const backend = await import('./helpers/backend');
  if (backend.onPostgres) {
    // One prefix for the run's databases; the workers inherit it and name theirs after it.
    process.env.TEST_PG_PREFIX = `terbuka_${process.pid}`;
    const prefix = backend.runPrefix();
    await backend.dropAbandoned();
    const name = `${prefix}_template`;
    await buildPostgresTemplate(await backend.createDatabase(name));
    project.provide('templateDatabase', name);
    return async () => {
      await backend.dropDatabases(prefix);
      await backend.closeAdmin();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'terbuka-template-'));
  const path = join(dir, 'template.sqlite');
  await buildTemplate(path);
  project.provide('templateDatabase', path);
  return () => rmSync(dir, { recursive: true, force: true });
}
