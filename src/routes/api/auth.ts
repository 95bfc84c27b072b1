/**
 * Officer login and logout: a session cookie for browsers and the same token for
 * `Authorization: Bearer`; the caller's own password and second factor (TOTP).
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { SESSION_COOKIE, currentUser, requireSession, sessionToken } from '../../auth/middleware';
import { confirmTotp, disableTotp, startTotpEnrolment } from '../../auth/second-factor';
import { changePassword, login, logout, logoutEverywhere } from '../../auth/sessions';
import { DomainError } from '../../cases/errors';
import { clientAddress, requestIsHttps } from '../client';
import type { AppEnv } from '../env';
import { validate } from './errors';
import type { RouteDoc } from './openapi';

const code = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'totp_invalid');
const loginSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  totp: code.optional().describe('The 6-digit code, for users with two-step verification'),
});
const meSchema = z.object({
  username: z.string(),
  name: z.string(),
  position: z.string(),
  role: z.string(),
  unit: z.string().nullable(),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
});
const passwordSchema = z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) });
const confirmSchema = z.object({ code });
const disableSchema = z.object({ password: z.string().min(1).max(200), code });

export const authDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/v1/auth/login',
    tag: 'auth',
    summary: 'Log in: sets the session cookie and returns the token for Authorization: Bearer',
    body: loginSchema,
    responses: {
      200: { description: 'Logged in', schema: meSchema.extend({ token: z.string() }) },
      401: 'Wrong username or password; totp_required or totp_invalid',
      429: 'Locked after repeated failures',
    },
  },
  { method: 'post', path: '/api/v1/auth/logout', tag: 'auth', auth: true, summary: 'End the session', responses: { 204: 'Logged out', 401: 'Not logged in' } },
  {
    method: 'post',
    path: '/api/v1/auth/logout-all',
    tag: 'auth',
    auth: true,
    summary: 'End every session of the caller, on every device',
    responses: { 204: 'Logged out everywhere', 401: 'Not logged in' },
  },
  {
    method: 'get',
    path: '/api/v1/auth/me',
    tag: 'auth',
    auth: true,
    summary: 'Who am I',
    responses: { 200: { description: 'The caller', schema: meSchema }, 401: 'Not logged in' },
  },
  {
    method: 'post',
    path: '/api/v1/auth/password',
    tag: 'auth',
    auth: true,
    summary: 'Change the own password (the other sessions end)',
    body: passwordSchema,
    responses: { 204: 'Changed', 400: 'Wrong current password or a weak new one', 401: 'Not logged in' },
  },
  {
    method: 'post',
    path: '/api/v1/auth/totp',
    tag: 'auth',
    auth: true,
    summary: 'Start enrolling two-step verification: the secret and its otpauth:// link',
    responses: { 200: '{secret, uri}', 401: 'Not logged in', 409: 'Already on' },
  },
  {
    method: 'post',
    path: '/api/v1/auth/totp/confirm',
    tag: 'auth',
    auth: true,
    summary: 'Turn two-step verification on with a first code',
    body: confirmSchema,
    responses: { 204: 'On', 400: 'Wrong code', 401: 'Not logged in', 409: 'Not started' },
  },
  {
    method: 'post',
    path: '/api/v1/auth/totp/disable',
    tag: 'auth',
    auth: true,
    summary: 'Turn two-step verification off (password and a code)',
    body: disableSchema,
    responses: { 204: 'Off', 400: 'Wrong password or code', 401: 'Not logged in', 409: 'Not on' },
  },
];

/**
 * HttpOnly, SameSite=Lax, and Secure whenever the service is reached over HTTPS — told by
 * `PUBLIC_BASE_URL`, or a trusted proxy's X-Forwarded-Proto, not by the Host header a client sends.
 */
export function setSessionCookie(c: Context<AppEnv>, token: string) {
  const secure = requestIsHttps(c);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: c.get('deps').config.SESSION_ABSOLUTE_HOURS * 3600,
  });
}

export const clearSessionCookie = (c: Context<AppEnv>) => deleteCookie(c, SESSION_COOKIE, { path: '/' });

export function authRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/login', validate('json', loginSchema), async (c) => {
    const deps = c.get('deps');
    const { username, password, totp } = c.req.valid('json');
    const result = await login(deps, username, password, { client: clientAddress(c), ...(totp === undefined ? {} : { totp }) });
    if (result.kind !== 'session') throw new DomainError(401, 'totp_required', 'totp_required');
    setSessionCookie(c, result.token);
    const security = await deps.db
      .selectFrom('user_security')
      .select(['must_change_password', 'totp_enabled_at'])
      .where('user_id', '=', result.user.id)
      .executeTakeFirst();
    const { user } = result;
    return c.json({
      token: result.token,
      username: user.username,
      name: user.name,
      position: user.position,
      role: user.role,
      unit: user.unit_code,
      mustChangePassword: security?.must_change_password === 1,
      totpEnabled: Boolean(security?.totp_enabled_at),
    });
  });

  app.post('/logout', requireSession, async (c) => {
    const token = sessionToken(c);
    if (token) await logout(c.get('deps'), token);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.post('/logout-all', requireSession, async (c) => {
    await logoutEverywhere(c.get('deps'), c.get('actor')!);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.get('/me', requireSession, (c) => {
    const user = currentUser(c)!;
    return c.json({
      username: user.username,
      name: user.name,
      position: user.position,
      role: user.role,
      unit: user.unit_code,
      mustChangePassword: user.mustChangePassword,
      totpEnabled: user.totpEnabled,
    });
  });

  app.post('/password', requireSession, validate('json', passwordSchema), async (c) => {
    const { currentPassword, newPassword } = c.req.valid('json');
    await changePassword(c.get('deps'), currentUser(c)!, currentPassword, newPassword);
    return c.body(null, 204);
  });

  app.post('/totp', requireSession, async (c) => c.json(await startTotpEnrolment(c.get('deps'), currentUser(c)!)));

  app.post('/totp/confirm', requireSession, validate('json', confirmSchema), async (c) => {
    await confirmTotp(c.get('deps'), currentUser(c)!, c.req.valid('json').code);
    return c.body(null, 204);
  });

  app.post('/totp/disable', requireSession, validate('json', disableSchema), async (c) => {
    const { password, code: totp } = c.req.valid('json');
    await disableTotp(c.get('deps'), currentUser(c)!, password, totp);
    return c.body(null, 204);
  });

  return app;
}
