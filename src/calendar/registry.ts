/**
 * Calendars live in the database and are counted in memory. The registry keeps one
 * WorkingCalendar per code and rebuilds it only when the stored version changes.
 *
 * Whatever changes a calendar must build the new version with `load` (never cached), inside its
 * own transaction, and `prime` the registry only after that transaction commits: a calendar cached
 * from a transaction that then rolled back would carry a version number that the next committed
 * change reuses with other entries.
 */
import type { Reader } from '../../db/unit-of-work';
import type { CalendarData, CalendarPolicy, HolidayKind } from './types';
import { WorkingCalendar } from './working-calendar';

export class CalendarRegistry {
  private cache = new Map<string, WorkingCalendar>();

  constructor(private readonly policy: CalendarPolicy) {}

  /** The calendar by code, current as of the caller's transaction. */
  async get(db: Reader, code: string): Promise<WorkingCalendar> {
    const row = await db.selectFrom('calendars').select('version').where('code', '=', code).executeTakeFirst();
    if (!row) throw new Error(`unknown calendar ${code}`);
    return this.atVersion(db, code, row.version);
  }

  /** The calendar by code when the caller has already read its stored version (in the same transaction). */
  async atVersion(db: Reader, code: string, version: number): Promise<WorkingCalendar> {
    const cached = this.cache.get(code);
    if (cached && cached.version === version) return cached;
    const calendar = await this.load(db, code);
    this.cache.set(code, calendar);
    return calendar;
  }

  /**
   * Calendars by code (all, or the codes given), each checked against its stored version with one
   * query for all of them (the queue counts days left on every calendar of a page at once).
   */
  async many(db: Reader, codes?: string[]): Promise<Map<string, WorkingCalendar>> {
    const rows = await db
      .selectFrom('calendars')
      .select(['code', 'version'])
      .$if(codes !== undefined, (q) => q.where('code', 'in', codes!.length > 0 ? codes! : ['']))
      .execute();
    const out = new Map<string, WorkingCalendar>();
    for (const { code, version } of rows) out.set(code, await this.atVersion(db, code, version));
    return out;
  }

  /** Builds the calendar as the caller's transaction sees it, without caching it. */
  async load(db: Reader, code: string): Promise<WorkingCalendar> {
    const row = await db.selectFrom('calendars').selectAll().where('code', '=', code).executeTakeFirst();
    if (!row) throw new Error(`unknown calendar ${code}`);
    const entries = await db.selectFrom('calendar_entries').selectAll().where('calendar_code', '=', code).orderBy('date').execute();
    const data: CalendarData = {
      code: row.code,
      timeZone: row.time_zone,
      weekendDays: JSON.parse(row.weekend_days) as number[],
      serviceEnd: row.service_end,
      version: row.version,
      firstYear: row.first_year,
      lastYear: row.last_year,
      entries: entries.map((e) => ({
        date: e.date,
        kind: e.kind as HolidayKind,
        nameId: e.name_id,
        nameEn: e.name_en,
        ...(e.source ? { source: e.source } : {}),
      })),
    };
    return new WorkingCalendar(data, this.policy);
  }

  /** Caches a calendar built by `load` once the transaction that wrote its version has committed. */
  prime(calendar: WorkingCalendar): void {
    const cached = this.cache.get(calendar.code);
    if (!cached || cached.version < calendar.version) this.cache.set(calendar.code, calendar);
  }

  /** The calendar of a unit or mission. */
  async forUnit(db: Reader, unitCode: string): Promise<WorkingCalendar> {
    const unit = await db.selectFrom('units').select('calendar_code').where('code', '=', unitCode).executeTakeFirst();
    if (!unit) throw new Error(`unknown unit ${unitCode}`);
    return this.get(db, unit.calendar_code);
  }
}
