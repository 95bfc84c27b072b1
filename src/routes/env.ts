import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import type { Actor } from '../../workflows/request.events';

export interface SessionUser {
  id: string;
  username: string;
  name: string;
  position: string;
  role: string;
  unit_code: string | null;
}

/** Hono's context variables: set by middleware, read by handlers. */
export interface AppEnv {
  Variables: {
    deps: Deps;
    lang: Lang;
    user?: SessionUser;
    actor?: Actor;
  };
}
