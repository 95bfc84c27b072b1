/** A case's state and outcome in plain words, for requesters and officers. */
import type { Lang } from './index';

const states: Record<string, Record<Lang, string>> = {
  received: { id: 'Diterima', en: 'Received' },
  registered: { id: 'Terdaftar, menunggu diproses PPID', en: 'Registered, waiting for the PPID' },
  assigned: { id: 'Diteruskan ke unit kerja atau perwakilan', en: 'Forwarded to a work unit or mission' },
  in_review: { id: 'Sedang diproses', en: 'Being processed' },
  awaiting_clarification: { id: 'Menunggu klarifikasi dari pemohon', en: 'Waiting for clarification from the requester' },
  decided: { id: 'Sudah diputus; pemberitahuan tertulis diterbitkan', en: 'Decided; written notice issued' },
  delivered: { id: 'Informasi telah diserahkan', en: 'Information delivered' },
  closed: { id: 'Selesai', en: 'Closed' },
};

const outcomes: Record<string, Record<Lang, string>> = {
  granted: { id: 'Dikabulkan seluruhnya', en: 'Granted in full' },
  partially_granted: { id: 'Dikabulkan sebagian', en: 'Partially granted' },
  denied: { id: 'Ditolak (informasi yang dikecualikan)', en: 'Denied (exempt information)' },
  not_held: { id: 'Informasi tidak dikuasai', en: 'Information not held' },
  not_yet_documented: { id: 'Informasi belum didokumentasikan', en: 'Information not yet documented' },
};

export const stateLabel = (state: string, lang: Lang) => states[state]?.[lang] ?? state;
export const outcomeLabel = (outcome: string, lang: Lang) => outcomes[outcome]?.[lang] ?? outcome;
