/**
 * Issue 18: every page names documents, history events, states and outcomes from one typed map
 * per kind (src/documents/labels.ts, src/i18n/history.ts, src/i18n/status.ts) whose texts live in
 * the catalogue (src/i18n/messages/labels.ts). This fails when a kind the service issues, an event
 * a workflow has or the service records on a case's trail, a state or an outcome has no label of
 * its own in either language (the fallback "Dokumen" / "Status diperbarui" would show instead).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_LABELS, documentLabel } from '../../src/documents/labels';
import { documentKinds } from '../../src/documents/types';
import { t } from '../../src/i18n';
import { historyLabel } from '../../src/i18n/history';
import { outcomeLabel, stateLabel } from '../../src/i18n/status';
import { objectionMachine } from '../../workflows/objection.machine';
import { outcomes } from '../../workflows/request.events';
import { requestMachine } from '../../workflows/request.machine';
import { REQUEST_STATES } from '../../workflows/request.state';

const LANGS = ['id', 'en'] as const;
const own = (label: (lang: 'id' | 'en') => string, fallback: (lang: 'id' | 'en') => string) =>
  LANGS.every((lang) => label(lang).trim() !== '' && label(lang) !== fallback(lang)) && label('id') !== label('en');

/** The objection machine's events as its domain records them on the request's trail (src/objections/). */
const OBJECTION_TRAIL_NAMES: Record<string, string> = {
  REGISTER: 'OBJECTION_REGISTER',
  MARK_OVERDUE: 'OBJECTION_MARK_OVERDUE',
  RECOMPUTE_DEADLINES: 'OBJECTION_DEADLINES_RECOMPUTED',
  CLOSE: 'OBJECTION_CLOSE',
};

/** The literal event names of every `appendAudit` call in src/ that writes to a case's trail. */
function caseTrailEventsInSource(): string[] {
  const root = join(__dirname, '../../src');
  const names = new Set<string>();
  for (const f of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f))) {
    const source = readFileSync(join(root, f), 'utf8');
    for (const m of source.matchAll(/appendAudit\(/g)) {
      const call = source.slice(m.index, m.index + 800);
      const end = call.indexOf('});');
      const body = end > 0 ? call.slice(0, end) : call;
      const event = /event: '([A-Z][A-Z_]+)'/.exec(body)?.[1];
      if (event && /caseId(?!: null)/.test(body)) names.add(event);
    }
  }
  return [...names].sort();
}

describe('labels', () => {
  it('name every kind of document the service issues, in both languages', () => {
    expect(Object.keys(DOCUMENT_LABELS).sort()).toEqual([...documentKinds].sort());
    const missing = documentKinds.filter(
      (k) =>
        !own(
          (l) => documentLabel(k, l),
          (l) => documentLabel('no_such_kind', l),
        ),
    );
    expect(missing).toEqual([]);
  });

  it("name every event of both workflows as the trail records it, and every event the service writes on a case's trail", () => {
    const requestEvents = Object.keys(requestMachine.root.on ?? {})
      .concat(requestMachine.events)
      .filter((e) => !e.startsWith('xstate.'));
    const trail = new Set([
      ...requestEvents.map((e) => (e === 'RECOMPUTE_DEADLINES' ? 'CALENDAR_RECOMPUTED' : e)),
      ...objectionMachine.events.filter((e) => !e.startsWith('xstate.')).map((e) => OBJECTION_TRAIL_NAMES[e] ?? e),
    ]);
    const written = caseTrailEventsInSource();
    expect(written.length).toBeGreaterThan(8);
    const all = [...new Set([...trail, ...written])].sort();
    const missing = all.filter(
      (e) =>
        !own(
          (l) => historyLabel(e, l),
          (l) => historyLabel('NO_SUCH_EVENT', l),
        ),
    );
    expect(missing).toEqual([]);
    // The scan reads the calls it should: the trail writers outside the workflows are among them.
    expect(written).toEqual(expect.arrayContaining(['ISSUE_DOCUMENT', 'NOTE_ADDED', 'TRACKING_CODE_REISSUED', 'PERSONAL_DATA_PSEUDONYMISED']));
  });

  it('name every state and outcome of a request, in both languages', () => {
    expect(
      REQUEST_STATES.filter(
        (s) =>
          !own(
            (l) => stateLabel(s, l),
            () => s,
          ),
      ),
    ).toEqual([]);
    expect(
      outcomes.filter(
        (o) =>
          !own(
            (l) => outcomeLabel(o, l),
            () => o,
          ),
      ),
    ).toEqual([]);
  });

  it('read their texts from the catalogue', () => {
    expect(documentLabel('receipt', 'id')).toBe(t('id', 'labels.document_receipt'));
    expect(historyLabel('DECIDE_OBJECTION', 'en')).toBe(t('en', 'labels.event_decide_objection'));
  });
});
