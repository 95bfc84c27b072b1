/**
 * Persisting a workflow (stately.ai/docs/persistence): restore from the stored snapshot, checking
 * the machine version it was written with; step with XState's pure transition functions.
 */
import { type AnyStateMachine, type EventFromLogic, type InputFrom, type SnapshotFrom, initialTransition, transition } from 'xstate';

/** Snapshots of an older machine version would be migrated here, deliberately; none exists yet. */
export function restoreWorkflow<M extends AnyStateMachine>(machine: M, version: number, row: { snapshot: string; machine_version: number }): SnapshotFrom<M> {
  if (row.machine_version !== version) {
    throw new Error(`no migration from ${machine.id} machine v${row.machine_version} to v${version}`);
  }
  return machine.resolveState(JSON.parse(row.snapshot)) as SnapshotFrom<M>;
}

/**
 * The next snapshot and what to store of it; `from` is a restored snapshot, or the input of a new
 * workflow. XState's pure `transition` functions: no actor is started, and the machines' only
 * actions are `assign`s, which the transition itself applies.
 */
export function stepWorkflow<M extends AnyStateMachine>(machine: M, from: SnapshotFrom<M> | { input: InputFrom<M> }, event: EventFromLogic<M>) {
  const current = 'input' in (from as object) ? initialSnapshot(machine, (from as { input: InputFrom<M> }).input) : (from as SnapshotFrom<M>);
  const [snapshot, actions] = transition(machine, current, event);
  // Nothing would run them: a machine that gains an action other than `assign` must fail here, not lose it.
  if (actions.length > 0) throw new Error(`${machine.id} machine: actions ${actions.map((a) => a.type).join(', ')} would not run`);
  return { snapshot: snapshot as SnapshotFrom<M>, persisted: machine.getPersistedSnapshot(snapshot) };
}

/**
 * The initial snapshot for an input. Snapshots are immutable values (a transition returns a new
 * one), so the few distinct inputs (a unit code; a set of objection grounds) are computed once.
 */
const initialSnapshots = new WeakMap<AnyStateMachine, Map<string, unknown>>();
function initialSnapshot<M extends AnyStateMachine>(machine: M, input: InputFrom<M>): SnapshotFrom<M> {
  let byInput = initialSnapshots.get(machine);
  if (!byInput) initialSnapshots.set(machine, (byInput = new Map()));
  const key = JSON.stringify(input);
  const cached = byInput.get(key) as SnapshotFrom<M> | undefined;
  if (cached) return cached;
  const snapshot = initialTransition(machine, input)[0] as SnapshotFrom<M>;
  // Shared by every new workflow: frozen, so that a mutation anywhere fails loudly instead of leaking.
  const { context } = snapshot as { context: object };
  for (const value of Object.values(context)) if (typeof value === 'object' && value) Object.freeze(value);
  Object.freeze(context);
  if (byInput.size >= 1000) byInput.clear();
  byInput.set(key, snapshot);
  return snapshot;
}
