/** Reading a request snapshot: its flat state name, its clock, and what an actor may do next. */
import type { AnyStateNode, SnapshotFrom, StateValueFrom } from 'xstate';
import { type Actor, type CommandType, commandTypes } from './request.events';
import { requestMachine } from './request.machine';

export type RequestSnapshot = SnapshotFrom<typeof requestMachine>;
export type Clock = 'running' | 'extended' | 'overdue';

type Value = StateValueFrom<typeof requestMachine>;
type OpenValue = Extract<NonNullable<Extract<Value, object>['open']>, object>;
/** The flat name of an open request's state: its work state. */
export type OpenState = NonNullable<OpenValue['work']>;
/** A flat state name, as `stateName` gives it and the `cases.state` column stores it. */
export type RequestState = Exclude<Extract<Value, string>, 'open'> | OpenState;

/** The state nodes behind the flat names, in the machine's order: the top states, `open` read as its work states. */
const flatNodes = (Object.values(requestMachine.root.states) as AnyStateNode[]).flatMap((node) =>
  node.type === 'parallel' ? (Object.values(node.states.work!.states) as AnyStateNode[]) : [node],
);
const hasTag = (node: AnyStateNode, tag: string): boolean => node.tags.includes(tag) || (node.parent ? hasTag(node.parent, tag) : false);
const tagged = (tag: string) => flatNodes.filter((n) => hasTag(n, tag)).map((n) => n.key);

/** Every flat state name, read from the machine. */
export const REQUEST_STATES = flatNodes.map((n) => n.key) as RequestState[];
/** The states a filed request can be in: all but the initial one, which filing leaves at once (REGISTER). */
export const FILED_STATES = REQUEST_STATES.filter((s) => s !== requestMachine.root.initial.target[0]!.key);
/** The states of an open request (tagged `open` in the machine): its deadline runs and it waits for a decision. */
export const OPEN_STATES = tagged('open') as OpenState[];
const OPEN = new Set<string>(OPEN_STATES);
/** Is this flat state name one of the open states? */
export const isOpenState = (state: string): boolean => OPEN.has(state);
/** Open states in which the body waits on the requester (tagged `awaiting_requester`): a paused clarification clock stands still. */
export const AWAITING_REQUESTER_STATES = tagged('awaiting_requester') as OpenState[];

/** `registered`, `assigned`, `in_review`, `awaiting_clarification` while open; else the top state. */
export function stateName(snapshot: RequestSnapshot): string {
  const value = snapshot.value;
  if (typeof value === 'string') return value;
  return String((value as { open: { work: string } }).open.work);
}

export function clockOf(snapshot: RequestSnapshot): Clock | null {
  const value = snapshot.value;
  if (typeof value === 'string') return null;
  return (value as { open: { clock: Clock } }).open.clock;
}

/** The commands this actor may send now, asked of the machine itself (`snapshot.can`). */
export function availableEvents(snapshot: RequestSnapshot, actor: Actor, at: string): CommandType[] {
  return commandTypes.filter((type) => snapshot.can({ type, actor, at, probe: true } as never));
}
