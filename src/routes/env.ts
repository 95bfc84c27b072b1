import type { MiddlewareHandler } from 'hono';
import type { UserRow } from '../../db/schema';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import type { Actor } from '../../workflows/request.events';

/** The logged-in officer: the user row's public columns. */
export type SessionUser = Pick<UserRow, 'id' | 'username' | 'name' | 'position' | 'role' | 'unit_code'>;

/** Hono's context variables: set by middleware, read by handlers. */
export interface AppEnv {
  Variables: {
    deps: Deps;
    lang: Lang;
    user?: SessionUser;
    actor?: Actor;
    /** The app's one public rate limiter (src/routes/rate-limit.ts). */
    publicRateLimit: MiddlewareHandler<AppEnv>;
  };
}
