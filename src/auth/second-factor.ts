/**
 * The optional second factor (TOTP) per user: enrol (a secret shown once, as text and as an
 * otpauth:// link), confirm with a first code (only then is it required at login), turn off with
 * the password and a code — or, when the phone is lost, an administrator resets it.
 */
import type { Deps } from '../deps';
import { appendAudit } from '../audit/audit-log';
import { DomainError, invalidField } from '../cases/errors';
import { verifyPassword } from './password';
import { type AuthenticatedUser, actorOf, upsertSecurity } from './sessions';
import { newTotpSecret, otpauthUri, verifyTotp } from './totp';
import { openTotpSecret, sealTotpSecret } from './totp-secret';

/** Starts (or restarts) enrolment: a new secret, not yet required at login. */
export async function startTotpEnrolment(deps: Deps, user: AuthenticatedUser) {
  if (user.totpEnabled) throw new DomainError(409, 'totp_already_enabled', 'totp_already_enabled');
  const secret = newTotpSecret();
  const sealed = await sealTotpSecret(deps.keys, user.id, secret);
  await deps.transact((trx) => upsertSecurity(trx, user.id, { ...sealed, totp_enabled_at: null, totp_last_step: null }));
  return { secret, uri: otpauthUri(secret, user.username) };
}

/** The secret being enrolled, for showing it again until confirmed. */
export async function pendingTotpSecret(deps: Deps, user: AuthenticatedUser) {
  const row = await deps.db
    .selectFrom('user_security')
    .select(['totp_secret', 'totp_key_id', 'totp_enabled_at'])
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  if (!row?.totp_secret || row.totp_enabled_at) return null;
  const secret = (await openTotpSecret(deps.keys, user.id, row))!;
  return { secret, uri: otpauthUri(secret, user.username) };
}

/** The first code proves the app holds the secret; from now on login asks for a code. */
export async function confirmTotp(deps: Deps, user: AuthenticatedUser, code: string): Promise<void> {
  const pending = await pendingTotpSecret(deps, user);
  if (!pending) throw new DomainError(409, 'totp_not_started', 'totp_not_started');
  const step = verifyTotp(pending.secret, code, deps.clock(), null);
  if (step === null) throw invalidField('code', 'totp_invalid');
  const at = deps.clock().toISOString();
  await deps.transact(async (trx) => {
    await upsertSecurity(trx, user.id, { totp_enabled_at: at, totp_last_step: step });
    await appendAudit(trx, { caseId: null, actor: actorOf(user), event: 'TOTP_ENABLED', fromState: null, toState: null, data: { userId: user.id }, at });
  });
}

/** Turning it off takes the password and a current code. */
export async function disableTotp(deps: Deps, user: AuthenticatedUser, password: string, code: string): Promise<void> {
  const row = await deps.db
    .selectFrom('users')
    .innerJoin('user_security', 'user_security.user_id', 'users.id')
    .select(['users.password_hash', 'user_security.totp_secret', 'user_security.totp_key_id', 'user_security.totp_enabled_at', 'user_security.totp_last_step'])
    .where('users.id', '=', user.id)
    .executeTakeFirst();
  if (!row?.totp_secret || !row.totp_enabled_at) throw new DomainError(409, 'totp_not_enabled', 'totp_not_enabled');
  if (!(await verifyPassword(row.password_hash, password))) throw invalidField('password', 'password_wrong');
  const secret = (await openTotpSecret(deps.keys, user.id, row))!;
  if (verifyTotp(secret, code, deps.clock(), row.totp_last_step) === null) throw invalidField('code', 'totp_invalid');
  const at = deps.clock().toISOString();
  await deps.transact(async (trx) => {
    await upsertSecurity(trx, user.id, { totp_secret: null, totp_key_id: null, totp_enabled_at: null, totp_last_step: null });
    await appendAudit(trx, { caseId: null, actor: actorOf(user), event: 'TOTP_DISABLED', fromState: null, toState: null, data: { userId: user.id }, at });
  });
}
