/**
 * The SQLite write path under the filing hot path: group commit, statements compiled once,
 * time-ordered row ids and the checkpoint worker. Real database files throughout.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCheckpointer } from '../../db/checkpointer';
import { openSqlite } from '../../db/connect';
import { groupCommit } from '../../db/group-commit';
import { insertRows } from '../../db/insert-rows';
import { preparedQuery } from '../../db/prepared';
import { newRowId } from '../../db/row-id';
import { onPostgres } from '../helpers/backend';
import { tempDbUrl } from '../helpers/context';

/**
 * SQLite's own write path (group commit, its prepared statements, the checkpoint worker, file
 * locks between processes): skipped when the suite runs on PostgreSQL, which has none of it
 * (test/integration/postgres.test.ts tests the PostgreSQL unit of work).
 */
const describeSqlite = describe.skipIf(onPostgres);

type TestDb = {
  items: { id: string; label: string; n: number };
  parents: { id: string };
  children: { id: string; parent_id: string };
};

let db: Kysely<TestDb>;
let path: string;
async function open() {
  const url = tempDbUrl();
  path = url.replace(/^file:/, '');
  db = openSqlite(url) as unknown as Kysely<TestDb>;
  await sql`create table items (id text primary key, label text not null, n integer not null)`.execute(db);
  await sql`create table parents (id text primary key)`.execute(db);
  await sql`create table children (id text primary key, parent_id text not null references parents(id))`.execute(db);
}
afterEach(async () => {
  await db?.destroy();
});

/** What another connection (another process: the audit CLI, a backup) sees on disk. */
const committedLabels = () => {
  const other = new SQLite(path, { readonly: true });
  try {
    return (other.prepare('select label from items order by label').all() as { label: string }[]).map((r) => r.label);
  } finally {
    other.close();
  }
};

describeSqlite('group commit', () => {
  it('answers concurrent jobs only after their work is committed and visible to other connections', async () => {
    await open();
    const transact = groupCommit(db);
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((label, n) =>
        transact(async (trx) => {
          await trx.insertInto('items').values({ id: newRowId(), label, n }).execute();
          // Nothing of the group is on disk while it runs.
          expect(committedLabels()).toEqual([]);
          return label.toUpperCase();
        }),
      ),
    );
    expect(results).toEqual(['A', 'B', 'C', 'D']);
    expect(committedLabels()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('rolls back only the job that failed; the others in its group commit', async () => {
    await open();
    const transact = groupCommit(db);
    const outcomes = await Promise.allSettled(
      ['a', 'b', 'c'].map((label, n) =>
        transact(async (trx) => {
          await trx.insertInto('items').values({ id: newRowId(), label, n }).execute();
          if (label === 'b') throw new Error('b refused');
          return label;
        }),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason.message).toBe('b refused');
    expect(committedLabels()).toEqual(['a', 'c']);
  });

  it('keeps nothing of a group whose commit fails, and tells every job', async () => {
    await open();
    const transact = groupCommit(db);
    const outcomes = await Promise.allSettled([
      transact(async (trx) => {
        await trx.insertInto('items').values({ id: newRowId(), label: 'a', n: 1 }).execute();
      }),
      transact(async (trx) => {
        // A foreign key checked at COMMIT: the statement succeeds, the commit is refused.
        await sql`pragma defer_foreign_keys = on`.execute(trx);
        await trx.insertInto('children').values({ id: newRowId(), parent_id: 'no such parent' }).execute();
      }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(committedLabels()).toEqual([]);
    // The connection is usable afterwards.
    await transact(async (trx) => {
      await trx.insertInto('items').values({ id: newRowId(), label: 'z', n: 0 }).execute();
    });
    expect(committedLabels()).toEqual(['z']);
  });

  it('runs a lone job as its own transaction: its failure rolls back all of its writes', async () => {
    await open();
    const transact = groupCommit(db);
    await expect(
      transact(async (trx) => {
        await trx.insertInto('items').values({ id: newRowId(), label: 'a', n: 1 }).execute();
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(committedLabels()).toEqual([]);
  });
});

describeSqlite('the unit of work', () => {
  // Each mistake used to wait forever for the connection the job's own transaction holds.
  it('refuses a read through the database inside a job, at once, and keeps the rest of the group', async () => {
    await open();
    const transact = groupCommit(db);
    const [misused, fine] = await Promise.allSettled([
      transact(async (trx) => {
        await trx.insertInto('items').values({ id: newRowId(), label: 'misused', n: 1 }).execute();
        return db.selectFrom('items').selectAll().execute();
      }),
      transact(async (trx) => trx.insertInto('items').values({ id: newRowId(), label: 'kept', n: 2 }).execute()),
    ]);
    expect(misused).toMatchObject({ status: 'rejected', reason: { name: 'UnitOfWorkMisuse', message: expect.stringMatching(/read through the trx/) } });
    expect(fine.status).toBe('fulfilled');
    expect(committedLabels()).toEqual(['kept']);
    // Outside a job the database reads as before.
    expect(await db.selectFrom('items').select('label').execute()).toEqual([{ label: 'kept' }]);
  });

  it('refuses a unit of work started inside another, and one from a lone job', async () => {
    await open();
    const transact = groupCommit(db);
    await expect(
      transact(async (trx) => {
        await trx.insertInto('items').values({ id: newRowId(), label: 'outer', n: 1 }).execute();
        await transact(async (inner) => inner.insertInto('items').values({ id: newRowId(), label: 'inner', n: 2 }).execute());
      }),
    ).rejects.toMatchObject({ name: 'UnitOfWorkMisuse', message: expect.stringMatching(/pass the trx down/) });
    expect(committedLabels()).toEqual([]);
    await transact(async (trx) => trx.insertInto('items').values({ id: newRowId(), label: 'after', n: 3 }).execute());
    expect(committedLabels()).toEqual(['after']);
  });
});

describeSqlite('transactions', () => {
  it('wait for a write lock another process holds, even after reading first, instead of failing SQLITE_BUSY', async () => {
    await open();
    // Another process (a CLI tool, say) holds the write lock for 300 ms.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `
      const db = require('better-sqlite3')(process.argv[1]);
      db.exec('begin immediate');
      console.log('locked');
      setTimeout(() => { db.exec('commit'); db.close(); }, 300);
    `,
        path,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    const started = Date.now();
    await db.transaction().execute(async (trx) => {
      await trx.selectFrom('items').selectAll().execute();
      await trx.insertInto('items').values({ id: newRowId(), label: 'after the lock', n: 1 }).execute();
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(committedLabels()).toEqual(['after the lock']);
  });
});

describeSqlite('insertRows', () => {
  it('stores each row as given, one row or many, with the statement built once per shape', async () => {
    await open();
    await insertRows(db, 'items', [{ id: '1', label: 'one', n: 1 }]);
    await insertRows(db, 'items', [{ id: '2', label: 'two', n: 2 }]);
    await insertRows(db, 'items', [
      { id: '3', label: 'three', n: 3 },
      { id: '4', label: "fo'ur", n: 4 },
    ]);
    // Another column order is another statement, not a mix-up of values.
    await insertRows(db, 'items', [{ n: 5, label: 'five', id: '5' }]);
    const rows = await db.selectFrom('items').selectAll().orderBy('id').execute();
    expect(rows).toEqual([
      { id: '1', label: 'one', n: 1 },
      { id: '2', label: 'two', n: 2 },
      { id: '3', label: 'three', n: 3 },
      { id: '4', label: "fo'ur", n: 4 },
      { id: '5', label: 'five', n: 5 },
    ]);
  });

  it('refuses rows of different shapes and undefined values instead of storing them wrongly', async () => {
    await open();
    await expect(
      insertRows(db, 'items', [
        { id: '1', label: 'a', n: 1 },
        { id: '2', n: 2, label: 'b' },
      ]),
    ).rejects.toThrow(/other columns/);
    await expect(insertRows(db, 'items', [{ id: '1', label: undefined as unknown as string, n: 1 }])).rejects.toThrow(/undefined/);
    expect(await db.selectFrom('items').selectAll().execute()).toEqual([]);
  });
});

describeSqlite('prepared queries', () => {
  const labelsFrom = preparedQuery((db: Kysely<TestDb>, p: { min: number; label: string }) =>
    db.selectFrom('items').select(['label', 'n']).where('n', '>=', p.min).where('label', '!=', p.label).where('n', '<', 1000).orderBy('n'),
  );
  const rename = preparedQuery((db: Kysely<TestDb>, p: { from: string; to: string }) =>
    db.updateTable('items').set({ label: p.to }).where('label', '=', p.from),
  );

  it("bind named parameters where the SQL wants them, with the builder's own constants kept", async () => {
    await open();
    await insertRows(db, 'items', [
      { id: '1', label: 'a', n: 1 },
      { id: '2', label: 'b', n: 2 },
      { id: '3', label: 'c', n: 3 },
    ]);
    expect((await labelsFrom(db, { min: 2, label: 'c' })).rows).toEqual([{ label: 'b', n: 2 }]);
    expect((await labelsFrom(db, { label: 'x', min: 1 })).rows.map((r) => r.label)).toEqual(['a', 'b', 'c']);
    expect((await rename(db, { from: 'a', to: 'z' })).numAffectedRows).toBe(1);
    expect((await rename(db, { from: 'nothing', to: 'y' })).numAffectedRows).toBe(0);
  });

  it("run inside the group's transaction: they see its uncommitted writes, and roll back with a job", async () => {
    await open();
    const transact = groupCommit(db);
    const seen = await Promise.allSettled([
      transact(async (trx: Kysely<TestDb>) => {
        await insertRows(trx, 'items', [{ id: newRowId(), label: 'kept', n: 1 }]);
        return (await labelsFrom(trx, { min: 0, label: '' })).rows.map((r) => r.label);
      }),
      transact(async (trx: Kysely<TestDb>) => {
        await insertRows(trx, 'items', [{ id: newRowId(), label: 'dropped', n: 2 }]);
        expect((await rename(trx, { from: 'kept', to: 'renamed' })).numAffectedRows).toBe(1);
        throw new Error('refused');
      }),
      transact(async (trx: Kysely<TestDb>) => (await labelsFrom(trx, { min: 0, label: '' })).rows.map((r) => r.label)),
    ]);
    expect(seen[0]).toEqual({ status: 'fulfilled', value: ['kept'] });
    expect(seen[1]!.status).toBe('rejected');
    // The third job runs after the second rolled back to its savepoint.
    expect(seen[2]).toEqual({ status: 'fulfilled', value: ['kept'] });
    expect(committedLabels()).toEqual(['kept']);
  });
});

describeSqlite('the checkpoint worker', () => {
  it('copies committed pages from the log into the database file without the serving connection doing it', async () => {
    await open();
    const before = statSync(path).size;
    const label = 'x'.repeat(2000);
    for (let i = 0; i < 20; i++) {
      await db.transaction().execute(async (trx) => {
        for (let j = 0; j < 100; j++)
          await trx
            .insertInto('items')
            .values({ id: newRowId(), label, n: i * 100 + j })
            .execute();
      });
    }
    // About 4 MB committed; the serving connection never checkpoints (wal_autocheckpoint = 0)...
    const autocheckpoint = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
    expect(autocheckpoint.rows[0]!.wal_autocheckpoint).toBe(0);
    // ...and the worker has the pages in the database file within a moment.
    const deadline = Date.now() + 5000;
    while (statSync(path).size < before + 4_000_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(statSync(path).size).toBeGreaterThan(before + 4_000_000);
  });

  it('tells its owner when it dies, so that checkpoints go back in-line', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      // A database that cannot be opened: the worker fails at once.
      const failed = await new Promise<boolean>((resolve) => {
        startCheckpointer('/nonexistent/terbuka/db.sqlite', () => resolve(true));
        setTimeout(() => resolve(false), 5000);
      });
      expect(failed).toBe(true);
      expect(errors).toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});
