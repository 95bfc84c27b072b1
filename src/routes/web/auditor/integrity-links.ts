/**
 * The audit-integrity pages an auditor's workspace links to (its navigation and home are built
 * elsewhere): the audit trail, the signed checkpoints and the evidence bundle.
 */
import type { Lang } from '../../../i18n';
import { t } from '../../../i18n';

export interface IntegrityLink {
  href: string;
  label: string;
}

export const integrityLinks = (lang: Lang): IntegrityLink[] => [
  { href: '/auditor/jejak-audit', label: t(lang, 'auditor.audit_trail') },
  { href: '/auditor/checkpoint', label: t(lang, 'auditor.signed_checkpoints') },
  { href: '/auditor/bundel', label: t(lang, 'auditor.evidence_bundle') },
];
