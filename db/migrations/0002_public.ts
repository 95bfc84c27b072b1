import type { Kysely } from 'kysely';

/** Citizen web: identity documents, rate limits (issue 4). */
export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
