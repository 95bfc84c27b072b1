/** A case's state and outcome in plain words, for requesters and officers (texts: src/i18n/messages/labels.ts). */
import type { Outcome } from '../../workflows/request.events';
import type { RequestState } from '../../workflows/request.state';
import { type Lang, type MessageKey, t } from './index';

/** Every state of a request and every outcome has its label: one missing is a type error. */
export const STATE_LABELS: { readonly [S in RequestState]: MessageKey } = {
  received: 'labels.state_received',
  registered: 'labels.state_registered',
  assigned: 'labels.state_assigned',
  in_review: 'labels.state_in_review',
  awaiting_clarification: 'labels.state_awaiting_clarification',
  decided: 'labels.state_decided',
  delivered: 'labels.state_delivered',
  closed: 'labels.state_closed',
};

export const OUTCOME_LABELS: { readonly [O in Outcome]: MessageKey } = {
  granted: 'labels.outcome_granted',
  partially_granted: 'labels.outcome_partially_granted',
  denied: 'labels.outcome_denied',
  not_held: 'labels.outcome_not_held',
  not_yet_documented: 'labels.outcome_not_yet_documented',
};

export const stateLabel = (state: string, lang: Lang) => {
  const key = (STATE_LABELS as Record<string, MessageKey | undefined>)[state];
  return key ? t(lang, key) : state;
};
export const outcomeLabel = (outcome: string, lang: Lang) => {
  const key = (OUTCOME_LABELS as Record<string, MessageKey | undefined>)[outcome];
  return key ? t(lang, key) : outcome;
};
