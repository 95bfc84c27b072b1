/**
 * The auditor's workspace in one list: every page and export reachable from /auditor, with the
 * roles that may open it — so the home page never links to something its reader may not open.
 * Other pages of the workspace (registers, the audit trail, checkpoints, the evidence bundle) are
 * listed here by their paths; their own modules serve them.
 */
import type { Lang } from '../../../i18n';
import type { Role } from '../../../../workflows/request.events';
import { tr } from '../lang';

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
    heading: (l) => tr(l, 'Register', 'Registers'),
    links: [
      {
        href: '/auditor/register/permohonan',
        label: (l) => tr(l, 'Register permohonan', 'Request register'),
        description: (l) =>
          tr(
            l,
            'Setiap permohonan dengan tenggat, putusan dan pengecualiannya; unduh JSON, CSV atau PDF.',
            'Every request with its deadlines, outcome and exemptions; JSON, CSV or PDF.',
          ),
        roles: REGISTER_READERS,
      },
      {
        href: '/auditor/register/keberatan',
        label: (l) => tr(l, 'Register keberatan', 'Objection register'),
        description: (l) =>
          tr(l, 'Setiap keberatan dengan tanggapan atasan PPID dan sengketanya.', 'Every objection with the atasan PPID’s response and any dispute.'),
        roles: REGISTER_READERS,
      },
    ],
  },
  {
    heading: (l) => tr(l, 'Laporan', 'Reports'),
    links: [
      {
        href: '/auditor/laporan',
        label: (l) => tr(l, 'Laporan layanan informasi publik', 'Public information service report'),
        description: (l) =>
          tr(
            l,
            'Laporan tahunan dan semester, per badan publik atau per unit; JSON, CSV atau PDF.',
            'Annual and semester reports, for the body or one unit; JSON, CSV or PDF.',
          ),
        roles: WORKSPACE_ROLES,
      },
      {
        href: '/statistik',
        label: (l) => tr(l, 'Statistik publik', 'Public statistics'),
        description: (l) => tr(l, 'Angka Pasal 12 sebagaimana dilihat masyarakat.', 'The Art. 12 figures as the public sees them.'),
        roles: WORKSPACE_ROLES,
      },
    ],
  },
  {
    heading: (l) => tr(l, 'Integritas jejak audit', 'Audit-trail integrity'),
    links: [
      {
        href: '/auditor/jejak-audit',
        label: (l) => tr(l, 'Jejak audit', 'Audit trail'),
        description: (l) =>
          tr(l, 'Setiap peristiwa dengan hash dan tautannya ke peristiwa sebelumnya.', 'Every event with its hash and its link to the one before.'),
        roles: INTEGRITY_READERS,
      },
      {
        href: '/auditor/checkpoint',
        label: (l) => tr(l, 'Checkpoint bertanda tangan', 'Signed checkpoints'),
        description: (l) => tr(l, 'Kepala rantai yang ditandatangani dan hasil pemeriksaannya.', 'Signed chain heads and whether each still matches.'),
        roles: INTEGRITY_READERS,
      },
      {
        href: '/auditor/bundel',
        label: (l) => tr(l, 'Bundel bukti', 'Evidence bundle'),
        description: (l) => tr(l, 'Satu ZIP untuk suatu periode, dapat diperiksa tanpa jaringan.', 'One ZIP for a period, verifiable offline.'),
        roles: INTEGRITY_READERS,
      },
    ],
  },
];

/** The sections with only the links this role may open (empty sections left out). */
export const workspaceFor = (role: Role): WorkspaceSection[] =>
  WORKSPACE.map((s) => ({ ...s, links: s.links.filter((l) => l.roles.includes(role)) })).filter((s) => s.links.length > 0);
