import { describe, expect, it } from 'vitest';
import type { Actor } from '../../workflows/request.events';
import type { ObjectionEvent, ObjectionGround } from '../../workflows/objection.events';
import {
  type ObjectionSnapshot,
  availableObjectionEvents,
  availableStages,
  disputeState,
  objectionState,
  stepObjection,
} from '../../src/objections/objection-state';

const system: Actor = { kind: 'system', id: null, role: 'system', unit: null };
const atasan: Actor = { kind: 'user', id: 'u-atasan', role: 'atasan', unit: 'SETJEN' };
const ppid: Actor = { kind: 'user', id: 'u-ppid', role: 'ppid_utama', unit: 'PPID' };
const pelaksana: Actor = { kind: 'user', id: 'u-dit', role: 'ppid_pelaksana', unit: 'AMEROP' };
const at = '2027-01-05T03:00:00.000Z';
const today = '2027-01-05';
const responseDueAt = '2027-02-16T16:59:59.999Z';
const reasons = 'Pengecualian Pasal 17 huruf f telah diuji dan tetap berlaku.';

type Step = Partial<ObjectionEvent> & { type: ObjectionEvent['type'] };

function run(grounds: ObjectionGround[], late: boolean, ...events: Step[]): ObjectionSnapshot {
  let { snapshot } = stepObjection(
    { input: { grounds } },
    {
      type: 'REGISTER',
      actor: system,
      at,
      today,
      objectionNumber: '00001/KEB-PPID/2027',
      responseDue: '2027-02-16',
      responseDueAt,
      late,
    },
  );
  for (const e of events) snapshot = stepObjection(snapshot, { actor: atasan, at, today, ...e } as ObjectionEvent).snapshot;
  return snapshot;
}

describe('objection machine (keberatan)', () => {
  it('registers, and lets only the atasan PPID decide, with written reasons', () => {
    const s = run(['a'], false);
    expect(objectionState(s)).toBe('registered');
    expect(availableObjectionEvents(s, atasan, at, today)).toEqual(['DECIDE_OBJECTION']);
    expect(availableObjectionEvents(s, ppid, at, today)).toEqual([]);
    expect(availableObjectionEvents(s, pelaksana, at, today)).toEqual([]);
    expect(objectionState(run(['a'], false, { type: 'DECIDE_OBJECTION', outcome: 'upheld', reasons: ' ' }))).toBe('registered');
    const upheld = run(['a'], false, { type: 'DECIDE_OBJECTION', outcome: 'upheld', reasons });
    expect(objectionState(upheld)).toBe('decided');
    expect(upheld.context.decision).toMatchObject({ outcome: 'upheld', on: today, by: 'u-atasan' });
  });

  it('needs an instruction to the PPID when overturning', () => {
    expect(objectionState(run(['c'], false, { type: 'DECIDE_OBJECTION', outcome: 'overturned', reasons }))).toBe('registered');
    const s = run(['c'], false, { type: 'DECIDE_OBJECTION', outcome: 'overturned', reasons, instruction: 'Jawab dalam 10 hari kerja.' });
    expect(s.context.decision?.instruction).toMatch(/10 hari kerja/);
  });

  it('allows settlement by agreement (musyawarah) on grounds b–g only', () => {
    expect(availableObjectionEvents(run(['c', 'g'], false), atasan, at, today)).toContain('SETTLE_BY_AGREEMENT');
    expect(availableObjectionEvents(run(['a'], false), atasan, at, today)).not.toContain('SETTLE_BY_AGREEMENT');
    const s = run(['f'], false, { type: 'SETTLE_BY_AGREEMENT', agreement: 'Biaya penggandaan dikembalikan.' });
    expect(objectionState(s)).toBe('settled');
  });

  it('sends a late objection to the atasan for acceptance, never refusing it silently', () => {
    const s = run(['a'], true);
    expect(objectionState(s)).toBe('late_review');
    expect(availableObjectionEvents(s, atasan, at, today)).toEqual(['ACCEPT_LATE', 'REJECT_LATE']);
    expect(objectionState(run(['a'], true, { type: 'ACCEPT_LATE' }))).toBe('registered');
    expect(objectionState(run(['a'], true, { type: 'REJECT_LATE', reasons: '' }))).toBe('late_review');
    const rejected = run(['a'], true, { type: 'REJECT_LATE', reasons: 'Diajukan 12 hari kerja setelah batas waktu tanpa alasan.' });
    expect(objectionState(rejected)).toBe('decided');
    expect(rejected.context.decision?.outcome).toBe('rejected_late');
  });

  it('marks overdue only after the response deadline, once, and then lets the dispute be recorded', () => {
    const after = '2027-02-17T01:00:00.000Z';
    expect(objectionState(run(['c'], false, { type: 'MARK_OVERDUE', actor: system }))).toBe('registered');
    expect(run(['c'], false, { type: 'MARK_OVERDUE', actor: system }).context.overdueAt).toBeNull();
    const overdue = run(['c'], false, { type: 'MARK_OVERDUE', actor: system, at: after });
    expect(overdue.context.overdueAt).toBe(after);
    expect(availableObjectionEvents(run(['c'], false), ppid, at, today)).not.toContain('RECORD_DISPUTE');
    expect(availableObjectionEvents(overdue, ppid, after, '2027-02-17')).toEqual(['RECORD_DISPUTE']);
    // Not before the day after the lapsed deadline.
    const tooEarly = stepObjection(overdue, {
      type: 'RECORD_DISPUTE',
      actor: ppid,
      at: after,
      today: '2027-02-17',
      commission: 'KI Pusat',
      registrationNumber: '001/II/KIP-PS/2027',
      filedOn: '2027-02-16',
      withinWindow: true,
    }).snapshot;
    expect(objectionState(tooEarly)).toBe('registered');
    const filed = stepObjection(overdue, {
      type: 'RECORD_DISPUTE',
      actor: ppid,
      at: after,
      today: '2027-02-17',
      commission: 'KI Pusat',
      registrationNumber: '001/II/KIP-PS/2027',
      filedOn: '2027-02-17',
      withinWindow: true,
    }).snapshot;
    expect(disputeState(filed)).toBe('filed');
  });

  it('walks a ground-a dispute to adjudication, a decision and compliance; never to mediation', () => {
    let s = run(['a'], false, { type: 'DECIDE_OBJECTION', outcome: 'upheld', reasons });
    const dispute = (e: Step) => {
      s = stepObjection(s, { actor: ppid, at: '2027-06-01T03:00:00.000Z', today: '2027-06-01', ...e } as ObjectionEvent).snapshot;
    };
    dispute({ type: 'RECORD_DISPUTE', commission: 'KI Pusat', registrationNumber: '012/I/KIP-PS/2027', filedOn: '2027-01-04', withinWindow: true });
    expect(objectionState(s)).toBe('decided'); // filed before the decision: refused
    dispute({ type: 'RECORD_DISPUTE', commission: 'KI Pusat', registrationNumber: '012/I/KIP-PS/2027', filedOn: '2027-01-12', withinWindow: true });
    expect(disputeState(s)).toBe('filed');
    expect(availableStages(s, ppid, at, '2027-06-01')).toEqual(['registered', 'withdrawn']);
    dispute({ type: 'RECORD_DISPUTE_STAGE', stage: 'registered', on: '2027-01-11' });
    expect(disputeState(s)).toBe('filed'); // before the filing: refused
    dispute({ type: 'RECORD_DISPUTE_STAGE', stage: 'registered', on: '2027-01-14' });
    dispute({ type: 'RECORD_DISPUTE_STAGE', stage: 'preliminary_exam', on: '2027-02-01' });
    expect(availableStages(s, ppid, at, '2027-06-01')).toEqual(['adjudication', 'decision', 'withdrawn']);
    dispute({ type: 'RECORD_DISPUTE_STAGE', stage: 'mediation', on: '2027-02-10' });
    expect(disputeState(s)).toBe('preliminary_exam');
    dispute({ type: 'RECORD_DISPUTE_STAGE', stage: 'adjudication', on: '2027-02-10' });
    dispute({ type: 'RECORD_DISPUTE_STAGE', stage: 'decision', on: '2027-07-01', result: 'granted', content: 'Membuka informasi.' });
    expect(disputeState(s)).toBe('adjudication'); // in the future: refused
    dispute({ type: 'RECORD_DISPUTE_STAGE', stage: 'decision', on: '2027-05-03', result: 'granted', content: 'Memerintahkan Termohon memberikan salinan.' });
    expect(disputeState(s)).toBe('decided');
    dispute({ type: 'RECORD_DISPUTE_STAGE', stage: 'final', on: '2027-05-25' });
    dispute({ type: 'RECORD_DISPUTE_STAGE', stage: 'compliance', on: '2027-05-31', summary: 'Salinan diserahkan.' });
    expect(disputeState(s)).toBe('complied');
    expect(s.context.dispute?.stages.map((x) => x.stage)).toEqual(['registered', 'preliminary_exam', 'adjudication', 'decision', 'final', 'compliance']);
    expect(s.context.dispute?.stages[3]?.details).toMatchObject({ result: 'granted' });
    expect(availableObjectionEvents(s, ppid, at, '2027-06-01')).toEqual(['CLOSE']);
  });

  it('mediates grounds b–g: an agreement is final, a failure goes to adjudication', () => {
    const base = () => {
      let s = run(['e'], false, { type: 'DECIDE_OBJECTION', outcome: 'upheld', reasons });
      for (const e of [
        { type: 'RECORD_DISPUTE', commission: 'KI Pusat', registrationNumber: '1', filedOn: '2027-01-06', withinWindow: true },
        { type: 'RECORD_DISPUTE_STAGE', stage: 'registered', on: '2027-01-07' },
        { type: 'RECORD_DISPUTE_STAGE', stage: 'preliminary_exam', on: '2027-01-20' },
        { type: 'RECORD_DISPUTE_STAGE', stage: 'mediation', on: '2027-01-27' },
      ] as Step[])
        s = stepObjection(s, { actor: ppid, at, today: '2027-03-01', ...e } as ObjectionEvent).snapshot;
      return s;
    };
    const agreed = stepObjection(base(), {
      type: 'RECORD_DISPUTE_STAGE',
      stage: 'mediation_result',
      result: 'agreement',
      summary: 'Sepakat.',
      on: '2027-02-03',
      actor: ppid,
      at,
      today: '2027-03-01',
    }).snapshot;
    expect(disputeState(agreed)).toBe('final');
    const failed = stepObjection(base(), {
      type: 'RECORD_DISPUTE_STAGE',
      stage: 'mediation_result',
      result: 'failed',
      summary: 'Tidak sepakat.',
      on: '2027-02-03',
      actor: ppid,
      at,
      today: '2027-03-01',
    }).snapshot;
    expect(disputeState(failed)).toBe('mediation_failed');
    expect(availableStages(failed, ppid, at, '2027-03-01')).toEqual(['adjudication', 'withdrawn']);
  });
});
