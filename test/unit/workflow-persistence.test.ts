import { assign, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { stepWorkflow } from '../../workflows/persistence';

const counter = setup({
  types: { context: {} as { n: number }, events: {} as { type: 'ADD' } | { type: 'NOTIFY' }, input: {} as { n: number } },
  actions: { notify: () => {} },
}).createMachine({
  id: 'counter',
  context: ({ input }) => ({ n: input?.n ?? 0 }),
  initial: 'counting',
  states: { counting: { on: { ADD: { actions: assign({ n: ({ context }) => context.n + 1 }) }, NOTIFY: { actions: 'notify' } } } },
});

describe('stepping a workflow', () => {
  it('applies assigns purely, from an initial snapshot shared between workflows that is never changed', () => {
    const first = stepWorkflow(counter, { input: { n: 1 } }, { type: 'ADD' });
    const second = stepWorkflow(counter, { input: { n: 1 } }, { type: 'ADD' });
    expect(first.snapshot.context.n).toBe(2);
    expect(second.snapshot.context.n).toBe(2);
    expect(stepWorkflow(counter, first.snapshot, { type: 'ADD' }).snapshot.context.n).toBe(3);
    expect((first.persisted as unknown as { context: { n: number } }).context.n).toBe(2);
  });

  it('refuses a step whose actions nothing would run, instead of dropping them', () => {
    expect(() => stepWorkflow(counter, { input: { n: 0 } }, { type: 'NOTIFY' })).toThrow(/notify would not run/);
  });
});
