/**
 * The transaction contract is enforced by the compiler: `npm run typecheck` (in CI) fails if any
 * line marked @ts-expect-error below stops being an error. The function is never called.
 */
import { describe, expect, it } from 'vitest';
import type { Trx } from '../../db/unit-of-work';
import type { Deps } from '../../src/deps';
import { appendAudit } from '../../src/audit/audit-log';

const misuse = async (deps: Deps) => {
  // @ts-expect-error writes go through deps.transact, never through deps.db
  await deps.db.insertInto('settings').values({ key: 'k', value: 'v' }).execute();
  // @ts-expect-error nor can deps.db open a transaction of its own
  await deps.db.transaction().execute(async () => {});
  // @ts-expect-error a function that writes takes the unit of work's trx, not the reader
  await appendAudit(deps.db, {
    caseId: null,
    actor: { kind: 'system', id: null, role: 'system', unit: null },
    event: 'X',
    fromState: null,
    toState: null,
    data: {},
    at: '',
  });
  // Inside a unit of work the trx reads and writes.
  await deps.transact(async (trx: Trx) => {
    await trx.selectFrom('settings').selectAll().execute();
    await trx.updateTable('settings').set({ value: 'v' }).where('key', '=', 'k').execute();
  });
};

describe('the unit of work, as the compiler sees it', () => {
  it('is checked by tsc, not at run time', () => {
    expect(misuse).toBeTypeOf('function');
  });
});
