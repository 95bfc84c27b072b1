/**
 * Seeds the body: calendars, units and missions, the server secret — and in demo mode the demo
 * accounts. Idempotent: it adds what is missing and never overwrites what an administrator changed.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { hashPassword } from '../../src/auth/password';
import { calendarCodeForUnit, calendarsForUnits } from './calendars';
import { body, units } from './units';

export const DEMO_PASSWORD = 'demo12345';

export const demoUsers = [
  { username: 'admin', name: 'Rina Administrator', position: 'Administrator Sistem', role: 'admin', unit: null },
  { username: 'ppid', name: 'Dewi Lestari', position: 'PPID Utama, Direktur Informasi dan Media', role: 'ppid_utama', unit: 'PPID' },
  { username: 'pelaksana.dit', name: 'Budi Santoso', position: 'PPID Pelaksana, Ditjen Amerika dan Eropa', role: 'ppid_pelaksana', unit: 'AMEROP' },
  { username: 'pelaksana.kbri', name: 'Siti Rahmawati', position: 'PPID Pelaksana, KBRI Riyadh', role: 'ppid_pelaksana', unit: 'KBRI-RIYADH' },
  { username: 'atasan', name: 'Ahmad Hidayat', position: 'Atasan PPID, Sekretaris Jenderal', role: 'atasan', unit: 'SETJEN' },
  { username: 'auditor', name: 'Maya Kusuma', position: 'Auditor, Inspektorat Jenderal', role: 'auditor', unit: 'ITJEN' },
] as const;

/** The demo PPID's contact and office hours (settings `contact`, src/contact/service-contact.ts): plausible, and reaching nobody. */
export const demoContact = {
  address: 'Gedung Pelayanan Informasi, Jalan Taman Pejambon No. 6, Jakarta Pusat 10110',
  phone: '+62 21 555 0142',
  email: 'ppid@demo.terbuka.invalid',
  hoursId: 'Senin–Jumat, 08.00–16.00 WIB (istirahat 12.00–13.00)',
  hoursEn: 'Monday–Friday, 8:00–16:00 WIB (break 12:00–13:00)',
  officerOfTheDay: 'Rudi Hartono (ext. 2104)',
};

/**
 * What this seed writes, as a fingerprint: a database already seeded with it (every start after
 * the first, and each test context copied from the suite's template) skips computing the
 * calendars and checking every unit again.
 */
const seedFingerprint = (demo: boolean) =>
  createHash('sha256')
    .update(JSON.stringify({ body, units, calendars: units.map(calendarCodeForUnit), demo: demo ? demoUsers : [], contact: demo ? demoContact : null }))
    .digest('hex');

export async function seedBody(db: Kysely<Database>, options: { demo: boolean; now: Date }): Promise<void> {
  const fingerprint = seedFingerprint(options.demo);
  const seeded = await db.selectFrom('settings').select('value').where('key', '=', 'seed_fingerprint').executeTakeFirst();
  if (seeded && JSON.parse(seeded.value) === fingerprint) return;
  const at = options.now.toISOString();
  await db.transaction().execute(async (trx) => {
    for (const cal of calendarsForUnits(units)) {
      const exists = await trx.selectFrom('calendars').select('code').where('code', '=', cal.code).executeTakeFirst();
      if (exists) continue;
      await trx
        .insertInto('calendars')
        .values({
          code: cal.code,
          name: cal.code,
          time_zone: cal.timeZone,
          weekend_days: JSON.stringify(cal.weekendDays),
          service_end: cal.serviceEnd,
          first_year: cal.firstYear,
          last_year: cal.lastYear,
          version: cal.version,
        })
        .execute();
      if (cal.entries.length > 0) {
        await trx
          .insertInto('calendar_entries')
          .values(
            cal.entries.map((e) => ({
              id: randomUUID(),
              calendar_code: cal.code,
              date: e.date,
              kind: e.kind,
              name_id: e.nameId,
              name_en: e.nameEn,
              source: e.source ?? null,
            })),
          )
          .execute();
      }
    }
    for (const u of units) {
      await trx
        .insertInto('units')
        .values({
          code: u.code,
          kind: u.kind,
          name_id: u.nameId,
          name_en: u.nameEn,
          country: u.country,
          city: u.city,
          time_zone: u.timeZone,
          calendar_code: calendarCodeForUnit(u),
          accepts_requests: 1,
          region: u.region ?? null,
        })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
      // A unit seeded before regions existed gets its region; nothing an administrator set is overwritten.
      if (u.region) await trx.updateTable('units').set({ region: u.region }).where('code', '=', u.code).where('region', 'is', null).execute();
    }
    // The body's name and address on letterheads; an administrator's later edit is kept.
    await trx
      .insertInto('settings')
      .values({ key: 'body', value: JSON.stringify(body) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  });

  if (options.demo) {
    // An administrator's later edit is kept.
    await db
      .insertInto('settings')
      .values({ key: 'contact', value: JSON.stringify(demoContact) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    for (const u of demoUsers) {
      const exists = await db.selectFrom('users').select('id').where('username', '=', u.username).executeTakeFirst();
      if (exists) continue;
      await db
        .insertInto('users')
        .values({
          id: randomUUID(),
          username: u.username,
          name: u.name,
          position: u.position,
          role: u.role,
          unit_code: u.unit,
          email: `${u.username}@demo.terbuka.invalid`,
          password_hash: await hashPassword(DEMO_PASSWORD),
          active: 1,
          created_at: at,
        })
        .onConflict((oc) => oc.column('username').doNothing())
        .execute();
    }
  }
  await db
    .insertInto('settings')
    .values({ key: 'seed_fingerprint', value: JSON.stringify(fingerprint) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(fingerprint) }))
    .execute();
}
