/**
 * The audit-integrity pages an auditor's workspace links to (its navigation and home are built
 * elsewhere): the audit trail, the signed checkpoints and the evidence bundle.
 */
import type { Lang } from '../../../i18n';
import { tr } from '../lang';

export interface IntegrityLink {
  href: string;
  label: string;
}

export const integrityLinks = (lang: Lang): IntegrityLink[] => [
  { href: '/auditor/jejak-audit', label: tr(lang, 'Jejak audit', 'Audit trail') },
  { href: '/auditor/checkpoint', label: tr(lang, 'Checkpoint bertanda tangan', 'Signed checkpoints') },
  { href: '/auditor/bundel', label: tr(lang, 'Bundel bukti', 'Evidence bundle') },
];
