import type { MiddlewareHandler } from 'hono';
import type { SessionUser } from '../auth/profile';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import type { Actor } from '../../workflows/request.events';

export type { SessionUser };

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
