/**
 * Officer login and logout: a session cookie for browsers and the same token for
 * `Authorization: Bearer`; the caller's own password and second factor (TOTP).
 */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE, currentUser, requireSession, sessionToken } from '../../auth/middleware';
import { confirmTotp, disableTotp, startTotpEnrolment } from '../../auth/second-factor';
import { accountFlags, profileOf } from '../../auth/profile';
import { changePassword, login, logout, logoutEverywhere } from '../../auth/sessions';
import { DomainError } from '../../cases/errors';
import { clientAddress, requestIsHttps } from '../client';
import type { AppEnv } from '../env';
import { PUBLIC, SESSION, apiRouter, createRoute, errors, json, jsonBody, noContent } from './contract';

const code = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'totp_invalid');
const loginSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  totp: code.optional().describe('The 6-digit code, for users with two-step verification'),
});
const meSchema = z
  .object({
    username: z.string(),
    name: z.string(),
    position: z.string(),
    role: z.string(),
    unit: z.string().nullable(),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
  })
  .openapi('Me');
const passwordSchema = z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) });
const confirmSchema = z.object({ code });
const disableSchema = z.object({ password: z.string().min(1).max(200), code });

const totpStartSchema = z.object({ secret: z.string().describe('Base32, for entering by hand'), uri: z.string().describe('otpauth:// link for a QR code') });
const loggedIn = { 401: 'Not logged in' } as const;

const loginRoute = createRoute({
  method: 'post',
  path: '/login',
  operationId: 'login',
  tags: ['auth'],
  security: PUBLIC,
  summary: 'Log in: sets the session cookie and returns the token for Authorization: Bearer',
  request: { body: jsonBody(loginSchema) },
  responses: {
    200: json(meSchema.extend({ token: z.string() }), 'Logged in'),
    ...errors({
      400: 'Invalid fields',
      401: 'Wrong username or password; totp_required or totp_invalid',
      415: 'Not JSON',
      429: 'Locked after repeated failures',
    }),
  },
});

const sessionRoute = <P extends string>(path: P, operationId: string, summary: string, description: string) =>
  createRoute({
    method: 'post',
    path,
    operationId,
    tags: ['auth'],
    security: SESSION,
    summary,
    middleware: [requireSession] as const,
    responses: { 204: noContent(description), ...errors(loggedIn) },
  });
const logoutRoute = sessionRoute('/logout', 'logout', 'End the session', 'Logged out');
const logoutAllRoute = sessionRoute('/logout-all', 'logoutEverywhere', 'End every session of the caller, on every device', 'Logged out everywhere');

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  operationId: 'getMe',
  tags: ['auth'],
  security: SESSION,
  summary: 'Who am I',
  middleware: [requireSession] as const,
  responses: { 200: json(meSchema, 'The caller'), ...errors(loggedIn) },
});

const passwordRoute = createRoute({
  method: 'post',
  path: '/password',
  operationId: 'changePassword',
  tags: ['auth'],
  security: SESSION,
  summary: 'Change the own password (the other sessions end)',
  middleware: [requireSession] as const,
  request: { body: jsonBody(passwordSchema) },
  responses: { 204: noContent('Changed'), ...errors({ 400: 'Wrong current password or a weak new one', ...loggedIn, 415: 'Not JSON' }) },
});

const totpStartRoute = createRoute({
  method: 'post',
  path: '/totp',
  operationId: 'startTotpEnrolment',
  tags: ['auth'],
  security: SESSION,
  summary: 'Start enrolling two-step verification: the secret and its otpauth:// link',
  middleware: [requireSession] as const,
  responses: { 200: json(totpStartSchema, 'The secret'), ...errors({ ...loggedIn, 409: 'Already on' }) },
});

const totpConfirmRoute = createRoute({
  method: 'post',
  path: '/totp/confirm',
  operationId: 'confirmTotp',
  tags: ['auth'],
  security: SESSION,
  summary: 'Turn two-step verification on with a first code',
  middleware: [requireSession] as const,
  request: { body: jsonBody(confirmSchema) },
  responses: { 204: noContent('On'), ...errors({ 400: 'Wrong code', ...loggedIn, 409: 'Not started', 415: 'Not JSON' }) },
});

const totpDisableRoute = createRoute({
  method: 'post',
  path: '/totp/disable',
  operationId: 'disableTotp',
  tags: ['auth'],
  security: SESSION,
  summary: 'Turn two-step verification off (password and a code)',
  middleware: [requireSession] as const,
  request: { body: jsonBody(disableSchema) },
  responses: { 204: noContent('Off'), ...errors({ 400: 'Wrong password or code', ...loggedIn, 409: 'Not on', 415: 'Not JSON' }) },
});

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
  const app = apiRouter();

  app.openapi(loginRoute, async (c) => {
    const deps = c.get('deps');
    const { username, password, totp } = c.req.valid('json');
    const result = await login(deps, username, password, { client: clientAddress(c), ...(totp === undefined ? {} : { totp }) });
    if (result.kind !== 'session') throw new DomainError(401, 'totp_required', 'totp_required');
    setSessionCookie(c, result.token);
    return c.json({ token: result.token, ...profileOf(result.user, await accountFlags(deps.db, result.user.id)) }, 200);
  });

  app.openapi(logoutRoute, async (c) => {
    const token = sessionToken(c);
    if (token) await logout(c.get('deps'), token);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.openapi(logoutAllRoute, async (c) => {
    await logoutEverywhere(c.get('deps'), c.get('actor')!);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.openapi(meRoute, (c) => {
    const user = currentUser(c)!;
    return c.json(profileOf(user, user), 200);
  });

  app.openapi(passwordRoute, async (c) => {
    const { currentPassword, newPassword } = c.req.valid('json');
    await changePassword(c.get('deps'), currentUser(c)!, currentPassword, newPassword);
    return c.body(null, 204);
  });

  app.openapi(totpStartRoute, async (c) => c.json(await startTotpEnrolment(c.get('deps'), currentUser(c)!), 200));

  app.openapi(totpConfirmRoute, async (c) => {
    await confirmTotp(c.get('deps'), currentUser(c)!, c.req.valid('json').code);
    return c.body(null, 204);
  });

  app.openapi(totpDisableRoute, async (c) => {
    const { password, code: totp } = c.req.valid('json');
    await disableTotp(c.get('deps'), currentUser(c)!, password, totp);
    return c.body(null, 204);
  });

  return app;
}
