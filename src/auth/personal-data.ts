/**
 * Who may read personal data (data pribadi: name, NIK, address, phone, e-mail, identity scans):
 * the officers who handle the request (PPID Utama, PPID Pelaksana) and the atasan PPID, who
 * decides objections and needs the objector's full identity (kip-rules §2.7). Auditors and
 * administrators never do; their views and exports carry a pseudonym or the requester type.
 */
import type { Actor } from '../../workflows/request.events';

export const mayReadPersonalData = (actor: Actor) => actor.role === 'ppid_utama' || actor.role === 'ppid_pelaksana' || actor.role === 'atasan';
