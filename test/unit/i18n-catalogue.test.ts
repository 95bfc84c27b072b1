import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCalendarDate, t } from '../../src/i18n';
import type { Text } from '../../src/i18n/catalogue';
import { areaOf, slugOf } from '../../src/i18n/codemod';
import { areaCatalogues, messages } from '../../src/i18n/messages';

const texts = (text: Text) => (typeof text === 'string' ? [text] : Object.values(text));
const placeholders = (text: Text) => new Set(texts(text).flatMap((s) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1])));

/** Files other helpers rewrite at the same time; the merger runs the codemod on them (docs/pages.md). */
const PENDING_CODEMOD: string[] = [];

describe('the message catalogue', () => {
  const entries = Object.entries(areaCatalogues).flatMap(([area, cat]) => Object.entries(cat).map(([key, e]) => ({ area, key, e })));

  it('has every key in both languages, none empty, with the same placeholders', () => {
    expect(entries.length).toBeGreaterThan(500);
    const bad = entries.filter(({ e }) => [...texts(e.id), ...texts(e.en)].some((s) => s.trim() === ''));
    expect(bad.map((b) => b.key)).toEqual([]);
    const mismatched = entries.filter(({ e }) => [...placeholders(e.id)].sort().join() !== [...placeholders(e.en)].sort().join());
    expect(mismatched.map((m) => m.key)).toEqual([]);
  });

  it('has each key in one area only', () => {
    expect(entries.length).toBe(Object.keys(messages).length);
  });

  it('names the keys the codemod made after their area', () => {
    const misfiled = entries.filter(({ area, key }) => key.includes('.') && !key.startsWith(`${area}.`));
    expect(misfiled.map((m) => m.key)).toEqual([]);
  });

  it('holds no page text that no page shows (keys area.words must be used in src/)', () => {
    const root = join(__dirname, '../..');
    const source = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('i18n/messages'))
      .map((f) => readFileSync(join(root, 'src', f), 'utf8'))
      .join('\n');
    const unused = entries.filter(({ key }) => key.includes('.') && !source.includes(`'${key}'`));
    expect(unused.map((u) => u.key)).toEqual([]);
  });

  it('is the only way pages speak: no tr() call is left in src/', () => {
    const root = join(__dirname, '../..');
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && f !== 'i18n/codemod.ts')
      .map((f) => `src/${f}`);
    const calling = files.filter((f) => /(?<![\w.])tr\(\s*[\w.()']+\s*,/.test(readFileSync(join(root, f), 'utf8')));
    expect(calling.sort()).toEqual(PENDING_CODEMOD.filter((f) => files.includes(f)));
  });
});

describe('t()', () => {
  it('fills placeholders as given, numbers and dates by language', () => {
    expect(t('en', 'too_short', { min: 10 })).toBe('Too short (at least 10 characters).');
    expect(t('id', 'too_short', { min: 10 })).toBe('Terlalu pendek (minimal 10 karakter).');
    expect(formatCalendarDate('2026-11-27', 'id')).toBe('27 November 2026');
    expect(formatCalendarDate('2026-11-27', 'en')).toBe('27 November 2026');
    expect(formatCalendarDate('2026-08-17', 'id')).toBe('17 Agustus 2026');
  });

  it('chooses plural forms with Intl.PluralRules', () => {
    expect(t('en', 'common.fields_to_fix', { count: 1 })).toBe('There is 1 field to fix');
    expect(t('en', 'common.fields_to_fix', { count: 3 })).toBe('There are 3 fields to fix');
    expect(t('id', 'common.fields_to_fix', { count: 1 })).toBe('Ada 1 isian yang perlu diperbaiki');
    expect(t('id', 'common.fields_to_fix', { count: 1234 })).toBe('Ada 1.234 isian yang perlu diperbaiki');
  });

  it('refuses an unknown key at compile time', () => {
    // @ts-expect-error: no catalogue holds this key
    expect(() => t('en', 'no.such_key')).toThrow();
  });
});

describe('the codemod', () => {
  it('derives readable, stable keys and areas from paths', () => {
    expect(slugOf('Reset the password of {username}')).toBe('reset_password_of');
    expect(slugOf('← Calendar {code}')).toBe('calendar');
    expect(slugOf('The calendar is now version {versi}.')).toBe('calendar_is_now_version');
    expect(areaOf('src/routes/web/officer/atasan/index.tsx')).toBe('atasan');
    expect(areaOf('src/routes/web/admin/calendars/views.tsx')).toBe('calendar-admin');
    expect(areaOf('src/routes/web/admin/users.tsx')).toBe('admin');
    expect(areaOf('src/routes/web/auditor/reports.tsx')).toBe('auditor');
    expect(areaOf('src/mail/templates.ts')).toBe('mail');
  });
});
