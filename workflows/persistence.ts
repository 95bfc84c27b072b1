/**
 * Persisting a workflow (stately.ai/docs/persistence): restore from the stored snapshot, checking
 * the machine version it was written with; step by restore, start, send, persist, stop.
 */
import { type AnyStateMachine, type EventFromLogic, type InputFrom, type SnapshotFrom, createActor } from 'xstate';

/** Snapshots of an older machine version would be migrated here, deliberately; none exists yet. */
export function restoreWorkflow<M extends AnyStateMachine>(
  machine: M, version: number, row: { snapshot: string; machine_version: number },
): SnapshotFrom<M> {
  if (row.machine_version !== version) {
    throw new Error(`no migration from ${machine.id} machine v${row.machine_version} to v${version}`);
  }
  return machine.resolveState(JSON.parse(row.snapshot)) as SnapshotFrom<M>;
}

/** The next snapshot and what to store of it; `from` is a restored snapshot, or the input of a new workflow. */
export function stepWorkflow<M extends AnyStateMachine>(
  machine: M, from: SnapshotFrom<M> | { input: InputFrom<M> }, inputOf: (s: SnapshotFrom<M>) => InputFrom<M>, event: EventFromLogic<M>,
) {
  const actor = 'input' in (from as object)
    ? createActor(machine, { input: (from as { input: InputFrom<M> }).input } as never)
    : createActor(machine, { snapshot: from, input: inputOf(from as SnapshotFrom<M>) } as never);
  actor.start();
  actor.send(event);
  const snapshot = actor.getSnapshot() as SnapshotFrom<M>;
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return { snapshot, persisted };
}
