/** An officer as the API shows them to themselves (`/auth/me`, the login answer). */
import type { Reader } from '../../db/unit-of-work';
import type { UserRow } from '../../db/schema';

/** The logged-in officer: the user row's public columns (routes/env.ts re-exports it for the context). */
export type SessionUser = Pick<UserRow, 'id' | 'username' | 'name' | 'position' | 'role' | 'unit_code'>;

export interface AccountFlags {
  /** A one-time password: the officer must choose their own before anything else. */
  mustChangePassword: boolean;
  /** Two-step verification (TOTP) is on. */
  totpEnabled: boolean;
}

/** Read once, at login; a session carries them afterwards (sessions.ts `sessionUser`). */
export async function accountFlags(db: Reader, userId: string): Promise<AccountFlags> {
  const security = await db.selectFrom('user_security').select(['must_change_password', 'totp_enabled_at']).where('user_id', '=', userId).executeTakeFirst();
  return { mustChangePassword: security?.must_change_password === 1, totpEnabled: Boolean(security?.totp_enabled_at) };
}

export const profileOf = (user: Pick<UserRow, 'username' | 'name' | 'position' | 'role' | 'unit_code'>, flags: AccountFlags) => ({
  username: user.username,
  name: user.name,
  position: user.position,
  role: user.role,
  unit: user.unit_code,
  mustChangePassword: flags.mustChangePassword,
  totpEnabled: flags.totpEnabled,
});
