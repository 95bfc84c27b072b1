/** Whether an account still holds a one-time password (it must choose its own before working). */
import type { Reader } from '../../db/unit-of-work';

export async function mustChangePassword(db: Reader, userId: string): Promise<boolean> {
  const row = await db.selectFrom('user_security').select('must_change_password').where('user_id', '=', userId).executeTakeFirst();
  return row?.must_change_password === 1;
}
