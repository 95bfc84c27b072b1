/**
 * Once per test run: a database migrated and seeded with the demo body, written to a template
 * file. Each test context opens a copy of it in memory (test/helpers/context.ts) instead of
 * migrating, seeding and hashing the demo passwords again — the same database a fresh start
 * makes, at a fraction of the cost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The template database file (see test/helpers/context.ts). */
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  // The same cheap password hashing as the workers (vitest.config.ts), before password.ts loads.
  process.env.ARGON2_TEST_PARAMS = '1';
  process.env.VITEST ??= 'true';
  const { buildTemplate } = await import('./helpers/template');
  const dir = mkdtempSync(join(tmpdir(), 'terbuka-template-'));
  const path = join(dir, 'template.sqlite');
  await buildTemplate(path);
  project.provide('templateDatabase', path);
  return () => rmSync(dir, { recursive: true, force: true });
}
