/** An objection's state, outcome and dispute stage in plain words, for requesters and officers; texts: src/i18n/messages/labels.ts. */
import { type Lang, type MessageKey, t } from '../i18n';

const STATES: Record<string, MessageKey> = {
  received: 'labels.objection_state_received',
  late_review: 'labels.objection_state_late_review',
  registered: 'labels.objection_state_registered',
  settled: 'labels.objection_state_settled',
  decided: 'labels.objection_state_decided',
  dispute: 'labels.objection_state_dispute',
  closed: 'labels.objection_state_closed',
};

const OUTCOMES: Record<string, MessageKey> = {
  upheld: 'labels.objection_outcome_upheld',
  overturned: 'labels.objection_outcome_overturned',
  rejected_late: 'labels.objection_outcome_rejected_late',
  settled: 'labels.objection_outcome_settled',
};

const STAGES: Record<string, MessageKey> = {
  filed: 'labels.dispute_stage_filed',
  registered: 'labels.dispute_stage_registered',
  preliminary_exam: 'labels.dispute_stage_preliminary_exam',
  mediation: 'labels.dispute_stage_mediation',
  mediation_result: 'labels.dispute_stage_mediation_result',
  mediation_failed: 'labels.dispute_stage_mediation_failed',
  adjudication: 'labels.dispute_stage_adjudication',
  decision: 'labels.dispute_stage_decision',
  decided: 'labels.dispute_stage_decided',
  court_challenge: 'labels.dispute_stage_court_challenge',
  cassation: 'labels.dispute_stage_cassation',
  final: 'labels.dispute_stage_final',
  compliance: 'labels.dispute_stage_compliance',
  complied: 'labels.dispute_stage_complied',
  withdrawn: 'labels.dispute_stage_withdrawn',
};

const RESULTS: Record<string, MessageKey> = {
  granted: 'labels.dispute_result_granted',
  partially_granted: 'labels.dispute_result_partially_granted',
  rejected: 'labels.dispute_result_rejected',
  dismissed: 'labels.dispute_result_dismissed',
  agreement: 'labels.dispute_result_agreement',
  failed: 'labels.dispute_result_failed',
};

/** The words for `key`, or the key itself for a value no label knows. */
const pick = (keys: Record<string, MessageKey>, key: string, lang: Lang) => (Object.hasOwn(keys, key) ? t(lang, keys[key]!) : key);
export const objectionStateLabel = (s: string, lang: Lang) => pick(STATES, s, lang);
export const objectionOutcomeLabel = (o: string, lang: Lang) => pick(OUTCOMES, o, lang);
export const disputeStageLabel = (s: string, lang: Lang) => pick(STAGES, s, lang);
export const disputeResultLabel = (r: string, lang: Lang) => pick(RESULTS, r, lang);
