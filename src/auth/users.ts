/**
 * User administration (pengguna): an administrator creates officers, resets passwords and second
 * factors, and deactivates accounts. There are no default passwords: a new account, and a reset
 * one, gets a one-time password shown once to the administrator, which the officer must change
 * at first login. Every change is in the audit trail; deactivating or resetting ends the sessions.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Deps } from '../deps';
import type { Actor } from '../../workflows/request.events';
import { appendAudit } from '../audit/audit-log';
import { DomainError, invalidField, notFound } from '../cases/errors';
import { blockedAccounts, clearAccountThrottle } from './login-throttle';
import { hashPassword, temporaryPassword } from './password';
import { upsertSecurity } from './sessions';

export const officerRoles = ['admin', 'ppid_utama', 'ppid_pelaksana', 'atasan', 'auditor'] as const;
/** Roles whose work is tied to one unit or mission. */
const NEEDS_UNIT = new Set(['ppid_utama', 'ppid_pelaksana']);

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const newUserSchema = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,40}$/, 'username_format'),
    name: z.string().trim().min(1).max(200),
    position: z.string().trim().min(1).max(200),
    role: z.enum(officerRoles),
    unit: z.preprocess(blank, z.string().trim().max(64).optional()),
    email: z.preprocess(blank, z.email().max(254).optional()),
  })
  .superRefine((u, ctx) => {
    if (NEEDS_UNIT.has(u.role) && !u.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'unit_required_for_role' });
  });
export type NewUser = z.infer<typeof newUserSchema>;

export interface UserListItem {
  id: string;
  username: string;
  name: string;
  position: string;
  role: string;
  unit: string | null;
  email: string | null;
  active: boolean;
  locked: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
}

export async function listUsers(deps: Deps): Promise<UserListItem[]> {
  const blocked = await blockedAccounts(deps.db, deps.clock());
  const rows = await deps.db
    .selectFrom('users')
    .leftJoin('user_security', 'user_security.user_id', 'users.id')
    .select([
      'users.id',
      'users.username',
      'users.name',
      'users.position',
      'users.role',
      'users.unit_code',
      'users.email',
      'users.active',
      'users.created_at',
      'user_security.totp_enabled_at',
      'user_security.must_change_password',
    ])
    .orderBy('users.active', 'desc')
    .orderBy('users.username')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    name: r.name,
    position: r.position,
    role: r.role,
    unit: r.unit_code,
    email: r.email,
    active: r.active === 1,
    locked: blocked.has(r.username.toLowerCase()),
    totpEnabled: r.totp_enabled_at !== null,
    mustChangePassword: r.must_change_password === 1,
    createdAt: r.created_at,
  }));
}

const audit = (deps: Deps, actor: Actor, event: string, data: Record<string, unknown>) => (trx: Parameters<typeof appendAudit>[0]) =>
  appendAudit(trx, { caseId: null, actor, event, fromState: null, toState: null, data, at: deps.clock().toISOString() });

/** Creates an officer with a one-time password (returned once, never stored in clear). */
export async function createUser(deps: Deps, admin: Actor, input: NewUser): Promise<{ id: string; temporaryPassword: string }> {
  if (input.unit) {
    const unit = await deps.db.selectFrom('units').select('code').where('code', '=', input.unit).executeTakeFirst();
    if (!unit) throw invalidField('unit', 'unknown_unit');
  }
  const taken = await deps.db.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
  if (taken) throw invalidField('username', 'username_taken');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const id = randomUUID();
  const at = deps.clock().toISOString();
  await deps.transact(async (trx) => {
    await trx
      .insertInto('users')
      .values({
        id,
        username: input.username,
        name: input.name,
        position: input.position,
        role: input.role,
        unit_code: input.unit ?? null,
        email: input.email ?? null,
        password_hash: passwordHash,
        active: 1,
        created_at: at,
      })
      .execute();
    await upsertSecurity(trx, id, { must_change_password: 1 });
    await audit(deps, admin, 'USER_CREATED', { userId: id, username: input.username, role: input.role, unit: input.unit ?? null })(trx);
  });
  return { id, temporaryPassword: password };
}

async function existing(deps: Deps, id: string) {
  const user = await deps.db.selectFrom('users').select(['id', 'username', 'active']).where('id', '=', id).executeTakeFirst();
  if (!user) throw notFound();
  return user;
}

/** A new one-time password; the old one and every session stop working, and the lock is lifted. */
export async function resetPassword(deps: Deps, admin: Actor, id: string): Promise<{ temporaryPassword: string }> {
  const user = await existing(deps, id);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await deps.transact(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
    await clearAccountThrottle(trx, user.username);
    await upsertSecurity(trx, id, { must_change_password: 1 });
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await audit(deps, admin, 'PASSWORD_RESET', { userId: id, username: user.username })(trx);
  });
  return { temporaryPassword: password };
}

/** Removes a user's second factor (a lost phone); they may enrol again after logging in. */
export async function resetTotp(deps: Deps, admin: Actor, id: string): Promise<void> {
  const user = await existing(deps, id);
  await deps.transact(async (trx) => {
    await upsertSecurity(trx, id, { totp_secret: null, totp_key_id: null, totp_enabled_at: null, totp_last_step: null });
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await audit(deps, admin, 'TOTP_RESET', { userId: id, username: user.username })(trx);
  });
}

/** Deactivating ends the user's sessions at once; nobody deactivates themselves. */
export async function setActive(deps: Deps, admin: Actor, id: string, active: boolean): Promise<void> {
  const user = await existing(deps, id);
  if (!active && id === admin.id) throw new DomainError(409, 'cannot_deactivate_self', 'cannot_deactivate_self');
  await deps.transact(async (trx) => {
    await trx
      .updateTable('users')
      .set({ active: active ? 1 : 0 })
      .where('id', '=', id)
      .execute();
    if (!active) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await audit(deps, admin, active ? 'USER_ACTIVATED' : 'USER_DEACTIVATED', { userId: id, username: user.username })(trx);
  });
}
