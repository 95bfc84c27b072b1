/**
 * The storage contract on whichever backend the suite runs (SQLite by default, PostgreSQL with
 * TEST_DATABASE=postgres): misuse of the unit of work fails at once on both, and search finds the
 * same cases for the same words on both (FTS5 on SQLite, a tsvector on PostgreSQL), and a backup
 * taken as the README says restores into a fresh database with its audit chain intact.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connect';
import { createApp } from '../../src/app';
import { UnitOfWorkMisuse } from '../../db/unit-of-work';
import { verifyAudit } from '../../src/audit/audit-log';
import { onPostgres } from '../helpers/backend';
import { makeContext, type TestContext, tempDbUrl, validFiling } from '../helpers/context';

let t: TestContext;
beforeEach(async () => {
  t = await makeContext();
});
afterEach(async () => {
  await t.close();
});

describe('the unit of work', () => {
  it('refuses a read through deps.db and a unit of work inside another, at once, and commits nothing of the job', async () => {
    const before = await t.deps.db.selectFrom('settings').select('key').execute();
    await expect(
      t.deps.transact(async (trx) => {
        await trx.insertInto('settings').values({ key: 'storage_test', value: '1' }).execute();
        await t.deps.db.selectFrom('settings').select('key').execute();
      }),
    ).rejects.toThrow(UnitOfWorkMisuse);
    await expect(t.deps.transact(() => t.deps.transact(async () => 1))).rejects.toThrow(UnitOfWorkMisuse);
    expect(await t.deps.db.selectFrom('settings').select('key').execute()).toEqual(before);
    // The database is still usable: the job's connection went back.
    expect(await t.deps.transact(async (trx) => (await trx.selectFrom('settings').select('key').execute()).length)).toBe(before.length);
  });
});

describe('search', () => {
  it('finds the same cases for words, accents, numbers, prefixes and registration numbers', async () => {
    const ppid = await t.login('ppid');
    const file = async (information: string) => {
      const res = await t.api('POST', '/api/v1/requests', { body: validFiling({ information }) });
      expect(res.status).toBe(201);
      return res.body.registrationNumber as string;
    };
    const search = async (q: string) => {
      const res = await t.api('GET', `/api/v1/cases?q=${encodeURIComponent(q)}`, { token: ppid });
      expect(res.status).toBe(200);
      return (res.body.items as Array<{ registrationNumber: string }>).map((i) => i.registrationNumber);
    };
    const memo = await file('Memorandum Saling Pengertian (MoU) RI–Jepang 2024 tentang kerja-sama kebudayaan.');
    const cafe = await file('Daftar kafe dan résumé delegasi Indonésia di Genève, e-mail ppid@kemlu.go.id.');
    const budget = await file('Anggaran perjalanan dinas 2024/2025 nomor B-123/KP/XI/2024.');

    expect(await search('kerja')).toEqual([memo]);
    expect(await search('kerja sama')).toEqual([memo]);
    expect(await search('2024')).toEqual([budget, memo]);
    expect(await search('indonesia')).toEqual([cafe]); // the accent is not needed
    expect(await search('GENEVE resume')).toEqual([cafe]);
    expect(await search('kemlu')).toEqual([cafe]);
    expect(await search('b 123 kp')).toEqual([budget]);
    expect(await search('kebuda')).toEqual([memo]); // the start of a word, when whole words find nothing
    expect(await search('memorandum anggaran')).toEqual([]); // every word must occur
    expect(await search("mou' OR 1=1 --")).toEqual([]);
    expect(await search(budget)).toEqual([budget]); // the registration number itself
    expect(await search(budget.split('/')[0]!)).toEqual([budget]);
  });
});

describe('a backup', () => {
  it('restores into a fresh database with every case and an intact audit chain', async () => {
    for (let i = 0; i < 3; i++) expect((await t.api('POST', '/api/v1/requests', { body: validFiling() })).status).toBe(201);
    const cases = await t.deps.db.selectFrom('cases').select('registration_number').orderBy('seq').execute();
    let restoredUrl: string;
    if (onPostgres) {
      // pg_dump in its custom format, pg_restore into an empty database (README, "Backups").
      const dump = join(mkdtempSync(join(tmpdir(), 'terbuka-backup-')), 'terbuka.dump');
      const source = (await sql<{ db: string }>`select current_database() as db`.execute(t.db)).rows[0]!.db;
      const server = new URL(process.env.TEST_POSTGRES_URL!);
      server.pathname = `/${source}`;
      execFileSync('pg_dump', ['-Fc', '-f', dump, server.toString()]);
      restoredUrl = tempDbUrl();
      execFileSync('pg_restore', ['--no-owner', '-d', restoredUrl, dump]);
    } else {
      // An online, consistent copy of the live database (as sqlite3's .backup makes).
      restoredUrl = tempDbUrl();
      await sql`vacuum into ${restoredUrl.replace(/^file:/, '')}`.execute(t.db);
    }
    const restored = openDatabase(restoredUrl);
    try {
      expect(await restored.selectFrom('cases').select('registration_number').orderBy('seq').execute()).toEqual(cases);
      const audit = await verifyAudit(restored);
      expect(audit).toMatchObject({ ok: true });
      expect(audit.events).toBe((await t.deps.db.selectFrom('audit_events').select('seq').execute()).length);
    } finally {
      await restored.destroy();
    }
  });
});

describe('the public rate limit', () => {
  // On PostgreSQL several processes serve one database: their apps count one limit per client
  // (a table). On SQLite one process owns the file and counts in memory.
  it.skipIf(!onPostgres)('is one limit per client across two apps on one database', async () => {
    const limited = await makeContext({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const apps = [limited.app, createApp(limited.deps)];
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await apps[i % 2]!.request('/api/v1/requests/00001%2FPPID-PPID%2F2026?code=XXXX')).status);
      expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
      expect(statuses.slice(3)).toEqual([429, 429]);
      // A minute later the window is a new one, on both.
      limited.clock.now = new Date(limited.clock.now.getTime() + 61_000);
      expect((await apps[1]!.request('/api/v1/requests/00001%2FPPID-PPID%2F2026?code=XXXX')).status).not.toBe(429);
    } finally {
      await limited.close();
    }
  });
});
