import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = join(__dirname, '../../src/routes/web');
/** Rewritten by another change at the same time; it moves its queries into the domain itself. */
const PENDING: string[] = [];

const files = readdirSync(WEB, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !PENDING.includes(f));

describe('the pages (src/routes/web)', () => {
  it('hold no SQL: no kysely, no db/ import, no query builder call', () => {
    const offending = files.filter((f) => {
      const text = readFileSync(join(WEB, f), 'utf8');
      return /from ['"]kysely['"]|from ['"](\.\.\/)+db\/|\.(selectFrom|insertInto|updateTable|deleteFrom|transaction)\(/.test(text);
    });
    expect(offending).toEqual([]);
  });

  it('guard, token and fields come from the kit: no page keeps its own', () => {
    const own = files.filter((f) => {
      if (f.startsWith('kit/')) return false;
      const text = readFileSync(join(WEB, f), 'utf8');
      return /createHmac|timingSafeEqual|name="_csrf"|class="field-error"/.test(text);
    });
    expect(own).toEqual([]);
  });
});
