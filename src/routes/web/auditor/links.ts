/**
 * The auditor's workspace in one list: every page and export reachable from /auditor, with the
 * roles that may open it — so the home page never links to something its reader may not open.
 * Other pages of the workspace (registers, the audit trail, checkpoints, the evidence bundle) are
 * listed here by their paths; their own modules serve them.
 */
import type { Lang } from '../../../i18n';
import type { Role } from '../../../../workflows/request.events';
import { t } from '../../../i18n';

export interface WorkspaceLink {
  href: string;
  label: (lang: Lang) => string;
  description: (lang: Lang) => string;
  roles: readonly Role[];
}

export interface WorkspaceSection {
  heading: (lang: Lang) => string;
  links: WorkspaceLink[];
}

/** Who may open the workspace home (and the report pages). */
export const WORKSPACE_ROLES: readonly Role[] = ['auditor', 'admin', 'ppid_utama'];
const REGISTER_READERS: readonly Role[] = ['auditor', 'admin', 'ppid_utama'];
const INTEGRITY_READERS: readonly Role[] = ['auditor', 'admin'];

export const WORKSPACE: WorkspaceSection[] = [
  {
    heading: (l) => t(l, 'auditor.registers'),
    links: [
      {
        href: '/auditor/register/permohonan',
        label: (l) => t(l, 'auditor.request_register'),
        description: (l) => t(l, 'auditor.every_request_with_its_deadlines_outcome'),
        roles: REGISTER_READERS,
      },
      {
        href: '/auditor/register/keberatan',
        label: (l) => t(l, 'auditor.objection_register'),
        description: (l) => t(l, 'auditor.every_objection_with_atasan_ppid_s'),
        roles: REGISTER_READERS,
      },
    ],
  },
  {
    heading: (l) => t(l, 'auditor.reports'),
    links: [
      {
        href: '/auditor/laporan',
        label: (l) => t(l, 'auditor.public_information_service_report'),
        description: (l) => t(l, 'auditor.annual_and_semester_reports_for_body'),
        roles: WORKSPACE_ROLES,
      },
      {
        href: '/statistik',
        label: (l) => t(l, 'auditor.public_statistics'),
        description: (l) => t(l, 'auditor.art_12_figures_as_public_sees'),
        roles: WORKSPACE_ROLES,
      },
    ],
  },
  {
    heading: (l) => t(l, 'auditor.audit_trail_integrity'),
    links: [
      {
        href: '/auditor/jejak-audit',
        label: (l) => t(l, 'auditor.audit_trail'),
        description: (l) => t(l, 'auditor.every_event_with_its_hash_and'),
        roles: INTEGRITY_READERS,
      },
      {
        href: '/auditor/checkpoint',
        label: (l) => t(l, 'auditor.signed_checkpoints'),
        description: (l) => t(l, 'auditor.signed_chain_heads_and_whether_each'),
        roles: INTEGRITY_READERS,
      },
      {
        href: '/auditor/bundel',
        label: (l) => t(l, 'auditor.evidence_bundle'),
        description: (l) => t(l, 'auditor.one_zip_for_period_verifiable_offline'),
        roles: INTEGRITY_READERS,
      },
    ],
  },
];

/** The sections with only the links this role may open (empty sections left out). */
export const workspaceFor = (role: Role): WorkspaceSection[] =>
  WORKSPACE.map((s) => ({ ...s, links: s.links.filter((l) => l.roles.includes(role)) })).filter((s) => s.links.length > 0);
