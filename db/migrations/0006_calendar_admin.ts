import type { Kysely } from 'kysely';

/** Calendar administration and recomputation (issue 3). */
export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
