import type { Kysely } from 'kysely';

/** Objections, disputes, consequence tests, DIK/DIP (issue 7). */
export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
