/** Reading an objection snapshot: its state, its dispute stage, and what an actor may do next. */
import type { AnyStateNode, SnapshotFrom, StateValueFrom } from 'xstate';
import { restoreWorkflow, stepWorkflow } from '../../workflows/persistence';
import type { Actor } from '../../workflows/request.events';
import { type DisputeStage, type ObjectionCommandType, type ObjectionEvent, disputeStages, objectionCommandTypes } from '../../workflows/objection.events';
import { OBJECTION_MACHINE_VERSION, type ObjectionInput, objectionMachine } from '../../workflows/objection.machine';

export type ObjectionSnapshot = SnapshotFrom<typeof objectionMachine>;

type Value = StateValueFrom<typeof objectionMachine>;
/** An objection's state as `objectionState` gives it and the `objections.state` column stores it. */
export type ObjectionState = Extract<Value, string> | keyof Extract<Value, object>;

const topNodes = Object.values(objectionMachine.root.states) as AnyStateNode[];
const tagged = (tag: string) => topNodes.filter((n) => n.tags.includes(tag)).map((n) => n.key as ObjectionState);

/** Every objection state, read from the machine. */
export const OBJECTION_STATES = topNodes.map((n) => n.key as ObjectionState);
/** The states a filed objection can be in: all but the initial one, which filing leaves at once (REGISTER). */
export const FILED_OBJECTION_STATES = OBJECTION_STATES.filter((s) => s !== objectionMachine.root.initial.target[0]!.key);
/** Objections still waiting for the atasan PPID (tagged `pending` in the machine). */
export const PENDING_STATES = tagged('pending');
/** Objections after which nothing more is decided about the request (tagged `concluded`): a dispute is not. */
export const CONCLUDED_STATES = tagged('concluded');

/** `received`, `late_review`, `registered`, `settled`, `decided`, `dispute`, `closed`. */
export function objectionState(snapshot: ObjectionSnapshot): string {
  const value = snapshot.value;
  return typeof value === 'string' ? value : Object.keys(value)[0]!;
}

/** The dispute's stage while the objection is at the Commission: `filed`, `registered`, …, `complied`, `withdrawn`. */
export function disputeState(snapshot: ObjectionSnapshot): string | null {
  const value = snapshot.value;
  return typeof value === 'string' ? null : String((value as { dispute: string }).dispute);
}

/** The commands this actor may send now, asked of the machine itself (`snapshot.can`). */
export function availableObjectionEvents(snapshot: ObjectionSnapshot, actor: Actor, at: string, today: string): ObjectionCommandType[] {
  return objectionCommandTypes.filter((type) => {
    if (type === 'RECORD_DISPUTE_STAGE') return availableStages(snapshot, actor, at, today).length > 0;
    return snapshot.can({ type, actor, at, today, probe: true } as ObjectionEvent);
  });
}

/** The dispute stages that may be recorded next (mediation only for grounds b–g). */
export function availableStages(snapshot: ObjectionSnapshot, actor: Actor, at: string, today: string): DisputeStage[] {
  return disputeStages.filter((stage) => snapshot.can({ type: 'RECORD_DISPUTE_STAGE', stage, actor, at, today, probe: true } as ObjectionEvent));
}

/** Restores an objection's workflow from its persisted snapshot (checking the machine version). */
export const restoreObjection = (row: { snapshot: string; machine_version: number }): ObjectionSnapshot =>
  restoreWorkflow(objectionMachine, OBJECTION_MACHINE_VERSION, row);

/** The next snapshot (from a restored one, or a new objection's input) and what to store of it. */
export const stepObjection = (from: ObjectionSnapshot | { input: ObjectionInput }, event: ObjectionEvent) => stepWorkflow(objectionMachine, from, event);
