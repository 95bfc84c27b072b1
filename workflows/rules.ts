/**
 * What the workflows say about themselves in plain words, for the table in docs/workflow.md:
 * each state's Indonesian legal term (state `meta`), each event's term, and each guard's rule
 * with the law (or the internal rule of the body) it rests on. Data only; no behaviour.
 */
import type { StateMachine } from 'xstate';

/** A state's Indonesian term, kept in the state's `meta` beside its English `description`. */
export interface StateTerm {
  term: string;
}

/** An event: its Indonesian term and what it does, in English. */
export interface EventTerm {
  term: string;
  en: string;
}

/** A guard in plain words, and its source: an article of law, or the body's own procedure. */
export interface GuardRule {
  rule: string;
  source: string;
}

/** The source of a rule the law leaves to the body (forwarding inside the body, who records what). */
export const INTERNAL_RULE = 'Internal procedure of the body (not statutory)';

/** The names of a machine's guards, read from its type. */
export type GuardNameOf<M> =
  M extends StateMachine<any, any, any, any, any, infer G, any, any, any, any, any, any, any, any, any>
    ? G extends { type: infer T extends string }
      ? T
      : never
    : never;

/** One rule for every guard of the machine: a guard without one is a type error (and the generator refuses it). */
export type GuardRules<M> = Record<GuardNameOf<M>, GuardRule>;
