/** Officer login and logout: a session cookie for browsers and the same token for `Authorization: Bearer`. */
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { OFFICERS, SESSION_COOKIE, requireRole, sessionToken } from '../../auth/middleware';
import { login, logout } from '../../auth/sessions';
import type { AppEnv } from '../env';
import { validate } from './errors';
import type { RouteDoc } from './openapi';

const loginSchema = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });
const meSchema = z.object({ username: z.string(), name: z.string(), role: z.string(), unit: z.string().nullable() });

export const authDocs: RouteDoc[] = [
  { method: 'post', path: '/api/v1/auth/login', tag: 'auth', summary: 'Log in: sets the session cookie and returns the token for Authorization: Bearer', body: loginSchema,
    responses: { 200: { description: 'Logged in', schema: meSchema.extend({ token: z.string() }) }, 401: 'Wrong username or password', 429: 'Locked after repeated failures' } },
  { method: 'post', path: '/api/v1/auth/logout', tag: 'auth', auth: true, summary: 'End the session', responses: { 204: 'Logged out' } },
  { method: 'get', path: '/api/v1/auth/me', tag: 'auth', auth: true, summary: 'Who am I', responses: { 200: { description: 'The caller', schema: meSchema }, 401: 'Not logged in' } },
];

export function authRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/login', validate('json', loginSchema), async (c) => {
    const deps = c.get('deps');
    const { username, password } = c.req.valid('json');
    const { token, user } = await login(deps, username, password);
    const secure = new URL(c.req.url).hostname !== 'localhost' && new URL(c.req.url).protocol === 'https:';
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge: deps.config.SESSION_ABSOLUTE_HOURS * 3600,
    });
    return c.json({ token, username: user.username, name: user.name, role: user.role, unit: user.unit_code });
  });

  app.post('/logout', requireRole(...OFFICERS), async (c) => {
    const token = sessionToken(c);
    if (token) await logout(c.get('deps'), token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.get('/me', requireRole(...OFFICERS), (c) => {
    const user = c.get('user')!;
    return c.json({ username: user.username, name: user.name, position: user.position, role: user.role, unit: user.unit_code });
  });

  return app;
}
