/** Words for the report's keys in Indonesian and English (pages, CSV headings, PDF); texts: src/i18n/messages/reports.ts. */
import { type Lang, type MessageKey, t } from '../i18n';
import { disputeStageLabel } from '../objections/labels';

const CHANNELS: Record<string, MessageKey> = {
  web: 'reports.channel_web',
  walk_in: 'reports.channel_walk_in',
  letter: 'reports.channel_letter',
  phone: 'reports.channel_phone',
  email: 'reports.channel_email',
};

const REQUESTER_TYPES: Record<string, MessageKey> = {
  individual: 'reports.requester_individual',
  legal_entity: 'reports.requester_legal_entity',
  group: 'reports.requester_group',
};

const OUTCOMES: Record<string, MessageKey> = {
  granted: 'reports.outcome_granted',
  partially_granted: 'reports.outcome_partially_granted',
  denied: 'reports.outcome_denied',
  not_held: 'reports.outcome_not_held',
  not_yet_documented: 'reports.outcome_not_yet_documented',
};

const OBJECTION_OUTCOMES: Record<string, MessageKey> = {
  upheld: 'reports.objection_upheld',
  overturned: 'reports.objection_overturned',
  rejected_late: 'reports.objection_rejected_late',
  settled: 'reports.objection_settled',
  pending: 'reports.objection_pending',
};

const DISPUTE_OUTCOMES: Record<string, MessageKey> = {
  pending: 'reports.dispute_pending',
  mediation_agreement: 'reports.dispute_mediation_agreement',
  commission_granted: 'reports.dispute_commission_granted',
  commission_partially_granted: 'reports.dispute_commission_partially_granted',
  commission_rejected: 'reports.dispute_commission_rejected',
  commission_dismissed: 'reports.dispute_commission_dismissed',
  withdrawn: 'reports.dispute_withdrawn',
};

const MONTHS: readonly MessageKey[] = [
  'reports.month_01',
  'reports.month_02',
  'reports.month_03',
  'reports.month_04',
  'reports.month_05',
  'reports.month_06',
  'reports.month_07',
  'reports.month_08',
  'reports.month_09',
  'reports.month_10',
  'reports.month_11',
  'reports.month_12',
];

/** The text of a known key; an unknown key as it is. */
const keyed = (keys: Record<string, MessageKey>, k: string, lang: Lang) => (Object.hasOwn(keys, k) ? t(lang, keys[k]!) : k);

export const channelLabel = (k: string, lang: Lang) => keyed(CHANNELS, k, lang);
export const requesterTypeLabel = (k: string, lang: Lang) => keyed(REQUESTER_TYPES, k, lang);
export const reportOutcomeLabel = (k: string, lang: Lang) => keyed(OUTCOMES, k, lang);
export const objectionOutcomeText = (k: string, lang: Lang) => keyed(OBJECTION_OUTCOMES, k, lang);
export const disputeOutcomeText = (k: string, lang: Lang) => keyed(DISPUTE_OUTCOMES, k, lang);
export const disputeStageText = disputeStageLabel;
/** `03` → `Maret` / `March`; `short` gives the first three letters. */
export const monthLabel = (mm: string, lang: Lang, short = false) => {
  const key = MONTHS[Number(mm) - 1];
  const name = key ? t(lang, key) : mm;
  return short ? name.slice(0, 3) : name;
};
export const exemptionLabel = (letter: string, lang: Lang) => t(lang, 'reports.exemption_article_17', { letter });
export const halfLabel = (half: 1 | 2, lang: Lang) => t(lang, half === 1 ? 'reports.half_1' : 'reports.half_2');
