/** Reading a request snapshot: its flat state name, its clock, and what an actor may do next. */
import type { SnapshotFrom } from 'xstate';
import { type Actor, type CommandType, commandTypes } from './request.events';
import { requestMachine } from './request.machine';

export type RequestSnapshot = SnapshotFrom<typeof requestMachine>;
export type Clock = 'running' | 'extended' | 'overdue';

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
