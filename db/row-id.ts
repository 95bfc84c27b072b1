/**
 * Row ids for tables that grow with the caseload (cases, requesters, audit events, outbox…):
 * UUID version 7 (RFC 9562) — 48 bits of Unix milliseconds from the clock given, then an 18-bit
 * counter (the 12 bits of rand_a and the 6 bits after the variant, RFC 9562 §6.2 method 1) and
 * 56 random bits. New rows land at the right edge of every index on the id instead of on a random
 * leaf, so a commit writes a few shared pages rather than one page per index per row
 * (bench/README.md, "filing"). Within one millisecond the counter, seeded at random below half its
 * range, counts up, so ids made in the same millisecond still sort as text in the order they were
 * made; should it run out (over 130,000 ids in one millisecond) the timestamp moves on by one.
 * Ids stay unguessable (56 random bits and a random counter start); they reveal when the row was
 * made, as its created_at does.
 */
import { randomUUID } from 'node:crypto';

const COUNTER_MAX = 0x3ffff;
/** The clock value last given, the millisecond written for it, and the counter. */
let lastClock = -1;
let lastMs = -1;
let counter = 0;

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

export function newRowId(now = Date.now()): string {
  // randomUUID draws from a pooled random buffer: xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx, all x random.
  const random = randomUUID();
  // A fresh counter start: 16 random bits, so at least 196,608 more ids fit in the millisecond.
  const seed = () => Number.parseInt(random.slice(9, 13), 16);
  if (now !== lastClock) {
    lastClock = now;
    lastMs = now;
    counter = seed();
  } else if (counter >= COUNTER_MAX) {
    lastMs += 1;
    counter = seed();
  } else {
    counter += 1;
  }
  const time = hex(lastMs, 12);
  const variantAndCounter = 0x80 | (counter & 0x3f);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(counter >> 6, 3)}-${hex(variantAndCounter, 2)}${random.slice(21, 23)}-${random.slice(24)}`;
}
