/**
 * The workflow as a table (role × state → events), read from a machine itself: its states and
 * their terms, each transition with its guards, and which roles may take it. Who may take a
 * transition is asked of the machine's own guard implementations, with an availability probe
 * (`probe: true`, as `snapshot.can` is asked in src/cases/apply-event.ts) from each role, over a
 * few representative contexts; `checkAgainstCan` then asks `snapshot.can` in every state the
 * machine can be in and fails if the table and the machine disagree. Pure: no I/O.
 */
import type { AnyStateMachine, AnyStateNode, StateValue } from 'xstate';
import type { Actor, Role } from './request.events';
import type { EventTerm, GuardRule, StateTerm } from './rules';

/** How to ask a machine who may do what: one actor per role, contexts, and the event fields a probe needs. */
export interface ProbeSpec {
  machine: AnyStateMachine;
  guardRules: Record<string, GuardRule>;
  eventTerms: Record<string, EventTerm>;
  actors: Actor[];
  /** Representative contexts: together they must let every transition be taken by someone. */
  contexts: object[];
  /** Fields every event carries (`at`, `today`). */
  eventBase: Record<string, unknown>;
  /** Payload variants a probe must try for an event (a dispute stage, a late filing); default one empty variant. */
  variants?: Record<string, Array<Record<string, unknown>>>;
}

/** One guard of a transition: its name, its parameters if any, and its rule. */
export interface GuardUse {
  name: string;
  params: Record<string, unknown> | undefined;
  rule: GuardRule;
}

export interface TransitionRow {
  event: string;
  /** The target state's path, or null when the transition stays in its state. */
  target: string[] | null;
  guards: GuardUse[];
  /** The roles that may take it, in the order of the spec's actors. */
  roles: Role[];
}

export interface StateRow {
  /** The state's path from the machine's root, e.g. `open.work.assigned`. */
  path: string[];
  description: string;
  term: string;
  type: 'atomic' | 'compound' | 'parallel';
  transitions: TransitionRow[];
}

export interface MachineTable {
  id: string;
  roles: Role[];
  states: StateRow[];
  /** Every event the machine accepts somewhere, in the order first met. */
  events: Array<{ type: string } & EventTerm>;
  /** Every guard used, with its rule, in the order first met. */
  guards: Array<{ name: string } & GuardRule>;
}

type Guard = unknown;
interface GuardArgs {
  context: object;
  event: Record<string, unknown>;
}

/** The machine as a table. Throws when a state, event or guard has no words, or a transition no taker. */
export function workflowTable(spec: ProbeSpec): MachineTable {
  const { machine } = spec;
  const states: StateRow[] = [];
  const events = new Map<string, { type: string } & EventTerm>();
  const guards = new Map<string, { name: string } & GuardRule>();
  if (machine.root.transitions.size > 0) throw new Error(`${machine.id} machine: events on the root are not supported by the table`);
  for (const node of stateNodes(machine.root)) {
    const meta = node.meta as Partial<StateTerm> | undefined;
    const where = `${machine.id} machine, state ${node.path.join('.')}`;
    if (!node.description || !meta?.term) throw new Error(`${where}: give it a description and meta.term`);
    if (node.always?.length || node.after?.length) throw new Error(`${where}: eventless and delayed transitions are not supported by the table`);
    const transitions: TransitionRow[] = [];
    for (const [event, list] of node.transitions) {
      const term = spec.eventTerms[event];
      if (!term) throw new Error(`${where}: event ${event} has no term in the event terms`);
      if (!events.has(event)) events.set(event, { type: event, ...term });
      for (const t of list) {
        const uses = flattenGuard(t.guard, spec.guardRules, `${where}, ${event}`);
        for (const u of uses) if (!guards.has(u.name)) guards.set(u.name, { name: u.name, ...u.rule });
        const roles = spec.actors
          .filter((actor) => spec.contexts.some((context) => probes(spec, event, actor).some((probe) => passes(machine, t.guard, { context, event: probe }))))
          .map((a) => a.role);
        if (roles.length === 0) {
          throw new Error(`${where}: nobody may send ${event} in any representative context; add a context that allows it`);
        }
        const target = t.target?.[0]?.path ?? null;
        if ((t.target?.length ?? 0) > 1) throw new Error(`${where}, ${event}: several targets are not supported by the table`);
        transitions.push({ event, target: target && [...target], guards: uses, roles });
      }
    }
    states.push({ path: [...node.path], description: node.description, term: meta.term, type: node.type as StateRow['type'], transitions });
  }
  for (const name of Object.keys(machine.implementations.guards)) {
    if (!guards.has(name)) throw new Error(`${machine.id} machine: guard ${name} is used by no transition`);
  }
  for (const name of Object.keys(spec.guardRules)) {
    if (!(name in machine.implementations.guards)) throw new Error(`${machine.id} machine: a rule describes guard ${name}, which does not exist`);
  }
  return { id: machine.id, roles: spec.actors.map((a) => a.role), states, events: [...events.values()], guards: [...guards.values()] };
}

/**
 * Asks `snapshot.can` in every state the machine can be in, for every role, context and event,
 * and throws on the first answer the table does not give: the table says what the machine does.
 */
export function checkAgainstCan(spec: ProbeSpec, table: MachineTable): void {
  const { machine } = spec;
  const byPath = new Map(table.states.map((s) => [s.path.join('.'), s]));
  const allEvents = table.events.map((e) => e.type);
  for (const value of stateValues(machine.root)) {
    const active = activePaths(value);
    for (const context of spec.contexts) {
      const snapshot = machine.resolveState({ value, context });
      for (const actor of spec.actors) {
        for (const event of allEvents) {
          const asked = probes(spec, event, actor).some((probe) => snapshot.can(probe as never));
          // The table's answer: a row of an active state for this event and role whose guards pass here.
          const told = active.some((path) =>
            byPath
              .get(path)
              ?.transitions.some(
                (t) =>
                  t.event === event &&
                  t.roles.includes(actor.role) &&
                  probes(spec, event, actor).some((probe) => passes(machine, guardOf(machine, path, t, table), { context, event: probe })),
              ),
          );
          if (asked !== told) {
            const where = `${machine.id} machine in ${JSON.stringify(value)}`;
            throw new Error(`${where}: snapshot.can says ${asked} for ${actor.role} sending ${event}, the table ${told}`);
          }
        }
      }
    }
  }
}

/** The state nodes of a machine, depth first, in the order the machine declares them (the root left out). */
function stateNodes(root: AnyStateNode): AnyStateNode[] {
  const out: AnyStateNode[] = [];
  const walk = (node: AnyStateNode) => {
    for (const child of Object.values(node.states) as AnyStateNode[]) {
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** Every state value the machine can be in: one leaf per compound state, every region of a parallel one. */
function stateValues(node: AnyStateNode): StateValue[] {
  const children = Object.entries(node.states) as Array<[string, AnyStateNode]>;
  if (children.length === 0) return [];
  if (node.type === 'parallel') {
    let product: Array<Record<string, StateValue>> = [{}];
    for (const [key, child] of children) {
      const values = stateValues(child);
      product = product.flatMap((p) => values.map((v) => ({ ...p, [key]: v })));
    }
    return product;
  }
  return children.flatMap(([key, child]): StateValue[] => {
    const inner = stateValues(child);
    return inner.length === 0 ? [key] : inner.map((v) => ({ [key]: v }));
  });
}

/** The paths of every state node active in a state value. */
function activePaths(value: StateValue, prefix: string[] = []): string[] {
  if (typeof value === 'string') return [[...prefix, value].join('.')];
  return Object.entries(value).flatMap(([key, inner]) => [[...prefix, key].join('.'), ...(inner === undefined ? [] : activePaths(inner, [...prefix, key]))]);
}

/** The guard of a table row, found again on the machine (rows keep their order within an event). */
function guardOf(machine: AnyStateMachine, path: string, row: TransitionRow, table: MachineTable): Guard {
  const state = table.states.find((s) => s.path.join('.') === path)!;
  const index = state.transitions.filter((t) => t.event === row.event).indexOf(row);
  const node = machine.getStateNodeById(`${machine.id}.${path}`);
  return node.transitions.get(row.event)![index]!.guard;
}

/** The probe events an actor sends to ask whether an event is allowed. */
function probes(spec: ProbeSpec, event: string, actor: Actor): Array<Record<string, unknown>> {
  const variants = spec.variants?.[event] ?? [{}];
  return variants.map((v) => ({ ...spec.eventBase, ...v, type: event, actor, probe: true }));
}

/** A guard as the list of guards that must all pass; only `and` is read (anything else: describe it first). */
function flattenGuard(guard: Guard, rules: Record<string, GuardRule>, where: string): GuardUse[] {
  if (guard === undefined) return [];
  if (typeof guard === 'function') {
    const nested = (guard as { guards?: Guard[] }).guards;
    if (guard.name === 'and' && nested) return nested.flatMap((g) => flattenGuard(g, rules, where));
    throw new Error(`${where}: an inline or '${guard.name}' guard cannot be described; use named guards joined with and()`);
  }
  const { name, params } =
    typeof guard === 'string'
      ? { name: guard, params: undefined }
      : { name: (guard as { type: string }).type, params: (guard as { params?: Record<string, unknown> }).params };
  const rule = rules[name];
  if (!rule?.rule.trim() || !rule.source.trim()) throw new Error(`${where}: guard ${name} has no plain-language rule and source`);
  return [{ name, params, rule }];
}

/** Evaluates a guard as XState does (named guards from the machine's implementations, `and` of several). */
function passes(machine: AnyStateMachine, guard: Guard, args: GuardArgs): boolean {
  if (guard === undefined) return true;
  if (typeof guard === 'function') {
    const nested = (guard as { guards?: Guard[] }).guards;
    if (guard.name === 'and' && nested) return nested.every((g) => passes(machine, g, args));
    throw new Error(`${machine.id} machine: cannot evaluate the '${guard.name}' guard`);
  }
  const name = typeof guard === 'string' ? guard : (guard as { type: string }).type;
  const params = typeof guard === 'string' ? undefined : (guard as { params?: unknown }).params;
  const implementation = machine.implementations.guards[name] as ((a: GuardArgs, p: unknown) => boolean) | undefined;
  if (!implementation) throw new Error(`${machine.id} machine: guard ${name} is not implemented`);
  return implementation(args, params);
}
