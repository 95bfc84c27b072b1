import { describe, expect, it } from 'vitest';
import { objectionEligibility } from '../../src/objections/eligibility';
import { groundArising } from '../../src/objections/objection-deadlines';

const noticeDueAt = '2026-12-07T16:59:59.999Z';
const decided = (at: string) => ({
  decision: { outcome: 'denied', exemptions: [{ letter: 'f' as const }], consequenceTest: { harm: 'h', publicInterest: 'p' }, at, by: null } as never,
  noticeDueAt,
});
const undecided = { decision: null, noticeDueAt };

describe('when an objection may be filed (UU 14/2008 Art. 35)', () => {
  it('opens with the written notice, or once the notice deadline has passed unanswered', () => {
    expect(objectionEligibility(undecided, [], '2026-12-07T10:00:00.000Z')).toEqual({ open: false, reason: 'not_decided' });
    expect(objectionEligibility(undecided, [], '2026-12-07T17:00:00.000Z')).toEqual({ open: true, episodeStart: noticeDueAt });
    expect(objectionEligibility(decided('2026-12-01T03:00:00.000Z'), [], '2026-12-01T04:00:00.000Z')).toEqual({
      open: true,
      episodeStart: '2026-12-01T03:00:00.000Z',
    });
  });

  it('allows one objection per decision: a late decision after an objection to the silence may be objected to again', () => {
    const filed = [{ received_at: '2026-12-08T02:00:00.000Z', objection_number: '00001/KEB-PPID/2026' }];
    expect(objectionEligibility(undecided, filed, '2026-12-09T00:00:00.000Z')).toEqual({
      open: false,
      reason: 'already_filed',
      objectionNumber: '00001/KEB-PPID/2026',
    });
    expect(objectionEligibility(decided('2026-12-10T03:00:00.000Z'), filed, '2026-12-11T00:00:00.000Z').open).toBe(true);
    expect(objectionEligibility(decided('2026-12-01T03:00:00.000Z'), filed, '2026-12-11T00:00:00.000Z').open).toBe(false);
  });
});

describe('when the ground arose (the start of the 30-working-day window)', () => {
  it('runs from the notice for a decided request, and from the day after the deadline when unanswered', () => {
    expect(groundArising(decided('2026-12-01T03:00:00.000Z'), 'a')).toEqual({ basis: 'notice', at: '2026-12-01T03:00:00.000Z' });
    expect(groundArising(undecided, 'a')).toEqual({ basis: 'no_answer', at: '2026-12-07T17:00:00.000Z' });
    expect(groundArising(undecided, 'c')).toEqual({ basis: 'no_answer', at: '2026-12-07T17:00:00.000Z' });
  });

  it('counts ground c (not answered) from the deadline when the answer came late, and from the notice when it came in time', () => {
    expect(groundArising(decided('2026-12-10T03:00:00.000Z'), 'c').basis).toBe('no_answer');
    expect(groundArising(decided('2026-12-01T03:00:00.000Z'), 'c').basis).toBe('notice');
  });
});
