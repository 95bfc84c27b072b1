/**
 * How the workflow table asks each machine who may do what: one actor per role, and a few
 * representative contexts (a case assigned to the prober's own unit or another's, a deadline
 * ahead or past, a decision granting or denying, …). The table is what the machines answer;
 * these only say what to ask. `workflowTable` fails if they leave a transition nobody may take.
 */
import { type ObjectionContext, objectionGuardRules, objectionMachine } from './objection.machine';
import { disputeStages, objectionEventTerms } from './objection.events';
import { type Assignment, type AssignmentStatus, type RequestContext, requestGuardRules, requestMachine } from './request.machine';
import { type Actor, type Role, requestEventTerms, roles } from './request.events';
import type { ProbeSpec } from './table';

/** The prober's own unit (a PPID Pelaksana's) and another unit. */
const OWN_UNIT = 'UNIT-A';
const OTHER_UNIT = 'UNIT-B';

/** A fixed instant and its local date; deadlines before and after it. */
const AT = '2026-03-10T03:00:00.000Z';
const TODAY = '2026-03-10';
const PAST = { at: '2026-03-02T16:59:59.999Z', date: '2026-03-02' };
const AHEAD = { at: '2026-03-20T16:59:59.999Z', date: '2026-03-20' };

const actorOf = (role: Role): Actor => ({
  kind: role === 'system' ? 'system' : role === 'requester' ? 'requester' : 'user',
  id: role === 'system' ? null : `sample-${role}`,
  role,
  unit: role === 'ppid_pelaksana' ? OWN_UNIT : null,
});
const actors = roles.map(actorOf);

/** Every combination of the given choices. */
function combinations<T extends object>(dimensions: Array<Array<Partial<T>>>): Array<Partial<T>> {
  return dimensions.reduce<Array<Partial<T>>>((acc, options) => acc.flatMap((a) => options.map((o) => ({ ...a, ...o }))), [{}]);
}

const assignment = (unit: string, status: AssignmentStatus): Assignment => ({
  unit,
  assignedAt: PAST.at,
  targetDue: null,
  status,
  acceptedAt: status === 'pending' ? null : PAST.at,
  returned: null,
  draft: null,
});

const requestBase: RequestContext = {
  receivedUnit: 'PPID',
  registrationNumber: '00001/PPID/2026',
  noticeDueAt: AHEAD.at,
  assignments: [],
  clarification: null,
  extension: null,
  overdueAt: null,
  decision: null,
  delivery: null,
  reopened: [],
};

const requestContexts = combinations<RequestContext>([
  [
    { assignments: [] },
    { assignments: [assignment(OWN_UNIT, 'pending')] },
    { assignments: [assignment(OWN_UNIT, 'pending'), assignment(OTHER_UNIT, 'pending')] },
    { assignments: [assignment(OWN_UNIT, 'accepted')] },
    { assignments: [assignment(OWN_UNIT, 'accepted'), assignment(OTHER_UNIT, 'pending')] },
    { assignments: [assignment(OWN_UNIT, 'answered')] },
  ],
  [{ noticeDueAt: AHEAD.at }, { noticeDueAt: PAST.at }],
  [{ extension: null }, { extension: { reason: 'sample', at: PAST.at, noticeDueAt: AHEAD.at } }],
  [{ decision: null }, { decision: { outcome: 'granted', at: PAST.at, by: null } }, { decision: { outcome: 'not_held', at: PAST.at, by: null } }],
]).map((c) => ({ ...requestBase, ...c }));

export const requestProbes: ProbeSpec = {
  machine: requestMachine,
  guardRules: requestGuardRules,
  eventTerms: requestEventTerms,
  actors,
  contexts: requestContexts,
  eventBase: { at: AT },
};

const objectionBase: ObjectionContext = {
  grounds: ['a'],
  objectionNumber: 'K-00001/2026',
  responseDueAt: AHEAD.at,
  responseDue: AHEAD.date,
  late: false,
  lateReview: null,
  overdueAt: null,
  settlement: null,
  decision: null,
  reaction: null,
  dispute: null,
};

const objectionContexts = combinations<ObjectionContext>([
  [{ grounds: ['a'] }, { grounds: ['c'] }],
  [
    { responseDueAt: AHEAD.at, responseDue: AHEAD.date },
    { responseDueAt: PAST.at, responseDue: PAST.date },
  ],
  [{ overdueAt: null }, { overdueAt: PAST.at }],
  [{ decision: null }, { decision: { outcome: 'upheld', reasons: 'sample', instruction: null, at: PAST.at, on: PAST.date, by: null } }],
  [
    { dispute: null },
    { dispute: { commission: 'KIP', registrationNumber: '1/2026', filedOn: PAST.date, withinWindow: true, note: null, recordedAt: PAST.at, stages: [] } },
  ],
]).map((c) => ({ ...objectionBase, ...c }));

export const objectionProbes: ProbeSpec = {
  machine: objectionMachine,
  guardRules: objectionGuardRules,
  eventTerms: objectionEventTerms,
  actors,
  contexts: objectionContexts,
  eventBase: { at: AT, today: TODAY },
  variants: {
    REGISTER: [{ late: false }, { late: true }],
    RECORD_DISPUTE_STAGE: disputeStages.flatMap(
      (stage): Array<Record<string, unknown>> =>
        stage === 'mediation_result'
          ? [
              { stage, result: 'agreement' },
              { stage, result: 'failed' },
            ]
          : [{ stage }],
    ),
  },
};
