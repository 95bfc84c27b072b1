/** The document renderers: pure functions of plain data to PDF bytes (A4, letterhead, page numbers). */
export { renderReceipt } from './receipt';
export { renderWrittenNotice } from './written-notice';
export { renderExtensionNotice } from './extension-notice';
export { renderDenialDecision } from './denial-decision';
export { renderObjectionReceipt } from './objection-receipt';
export { renderObjectionDecision } from './objection-decision';
export type * from './types';
export type { Letterhead } from './pdf';
