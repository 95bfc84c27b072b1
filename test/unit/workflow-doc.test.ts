import { readFileSync } from 'node:fs';
import { setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { WORKFLOW_DOC_PATH, workflowDocument } from '../../src/docs/workflow-doc';
import { type Actor, roles } from '../../workflows/request.events';
import { type ProbeSpec, checkAgainstCan, workflowTable } from '../../workflows/table';
import { objectionProbes, requestProbes } from '../../workflows/table.probes';

describe('docs/workflow.md', () => {
  // Generating it also asks snapshot.can in every state the machines can be in (checkAgainstCan).
  it('is what the machines say today', () => {
    const checkedIn = readFileSync(WORKFLOW_DOC_PATH, 'utf8');
    const generated = workflowDocument();
    if (generated !== checkedIn) {
      expect.fail(`${WORKFLOW_DOC_PATH} and the machines in workflows/ differ: run \`npm run docs:workflow\` and commit the result`);
    }
  }, 60_000);
});

describe('the workflow table', () => {
  const request = workflowTable(requestProbes);
  const objection = workflowTable(objectionProbes);
  const rolesFor = (table: typeof request, state: string, event: string) => [
    ...new Set(
      table.states
        .find((s) => s.path.join('.') === state)!
        .transitions.filter((t) => t.event === event)
        .flatMap((t) => t.roles),
    ),
  ];

  it('reads who may do what from the guards', () => {
    expect(rolesFor(request, 'open.work.assigned', 'ACCEPT_ASSIGNMENT')).toEqual(['ppid_pelaksana']);
    expect(rolesFor(request, 'open.clock.running', 'EXTEND')).toEqual(['ppid_utama', 'ppid_pelaksana']);
    expect(rolesFor(request, 'closed', 'REOPEN')).toEqual(['system', 'atasan']);
    expect(rolesFor(objection, 'registered', 'DECIDE_OBJECTION')).toEqual(['atasan']);
    expect(rolesFor(objection, 'decided', 'RECORD_DISPUTE')).toEqual(['ppid_utama', 'atasan']);
  });

  it('lists each branch of an event with its own target and guards', () => {
    const accept = request.states.find((s) => s.path.join('.') === 'open.work.assigned')!.transitions.filter((t) => t.event === 'ACCEPT_ASSIGNMENT');
    expect(accept.map((t) => [t.target?.join('.'), t.guards.map((g) => g.name)])).toEqual([
      ['open.work.in_review', ['byPendingUnit', 'lastPending']],
      ['open.work.assigned', ['byPendingUnit']],
    ]);
  });

  it('gives every guard used its rule and source', () => {
    for (const table of [request, objection]) {
      for (const g of table.guards) {
        expect(g.rule.length, g.name).toBeGreaterThan(10);
        expect(g.source.length, g.name).toBeGreaterThan(3);
      }
    }
  });

  it('refuses a guard without a plain-language rule', () => {
    const { beforeNoticeDeadline: _, ...fewer } = requestProbes.guardRules;
    expect(() => workflowTable({ ...requestProbes, guardRules: fewer })).toThrow(/guard beforeNoticeDeadline has no plain-language rule/);
  });

  it('refuses a state without a description or Indonesian term, and an inline guard', () => {
    const actors: Actor[] = roles.map((role) => ({ kind: 'user', id: role, role, unit: null }));
    const machine = setup({ types: { events: {} as { type: 'GO'; actor: Actor } } }).createMachine({
      id: 'tiny',
      initial: 'a',
      states: { a: { description: 'A.', meta: { term: 'a' }, on: { GO: 'b' } }, b: {} },
    });
    const spec: ProbeSpec = { machine, guardRules: {}, eventTerms: { GO: { term: 'pergi', en: 'Go' } }, actors, contexts: [{}], eventBase: {} };
    expect(() => workflowTable(spec)).toThrow(/state b: give it a description and meta.term/);

    const inline = setup({ types: { events: {} as { type: 'GO'; actor: Actor } } }).createMachine({
      id: 'inline',
      initial: 'a',
      states: { a: { description: 'A.', meta: { term: 'a' }, on: { GO: { guard: ({ event }) => event.actor.role === 'atasan', target: 'a' } } } },
    });
    expect(() => workflowTable({ ...spec, machine: inline })).toThrow(/inline .* guard cannot be described/);
  });

  it('fails when the table says what the machine does not', () => {
    const running = (table: typeof request) => table.states.find((s) => s.path.join('.') === 'open.clock.running')!;
    const withoutRow = structuredClone(request);
    running(withoutRow).transitions = running(withoutRow).transitions.filter((t) => t.event !== 'EXTEND');
    expect(() => checkAgainstCan(requestProbes, withoutRow)).toThrow(/snapshot.can says true for ppid_utama sending EXTEND, the table false/);

    const withoutRole = structuredClone(request);
    const extend = running(withoutRole).transitions.find((t) => t.event === 'EXTEND')!;
    extend.roles = extend.roles.filter((r) => r !== 'ppid_pelaksana');
    expect(() => checkAgainstCan(requestProbes, withoutRole)).toThrow(/snapshot.can says true for ppid_pelaksana sending EXTEND, the table false/);
  });
});
