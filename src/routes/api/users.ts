/** User administration (administrator only): list, create, reset password or second factor, (de)activate. */
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../auth/middleware';
import { createUser, listUsers, newUserSchema, resetPassword, resetTotp, setActive } from '../../auth/users';
import type { AppEnv } from '../env';
import { validate } from './errors';
import type { RouteDoc } from './openapi';

const created = z.object({ id: z.string(), username: z.string(), temporaryPassword: z.string().describe('Shown once; must be changed at first login') });

export const userDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/users',
    tag: 'users',
    auth: true,
    summary: 'Every officer account',
    responses: { 200: '{items}', 401: 'Not logged in', 403: 'Administrators only' },
  },
  {
    method: 'post',
    path: '/api/v1/users',
    tag: 'users',
    auth: true,
    summary: 'Create an officer with a one-time password',
    body: newUserSchema,
    responses: { 201: { description: 'Created', schema: created }, 400: 'Invalid fields', 401: 'Not logged in', 403: 'Administrators only' },
  },
  {
    method: 'post',
    path: '/api/v1/users/{id}/password-reset',
    tag: 'users',
    auth: true,
    summary: "A new one-time password; ends the user's sessions",
    responses: { 200: '{temporaryPassword}', 401: 'Not logged in', 403: 'Administrators only', 404: 'No such user' },
  },
  {
    method: 'post',
    path: '/api/v1/users/{id}/totp-reset',
    tag: 'users',
    auth: true,
    summary: "Remove the user's second factor (a lost phone)",
    responses: { 204: 'Removed', 401: 'Not logged in', 403: 'Administrators only', 404: 'No such user' },
  },
  {
    method: 'post',
    path: '/api/v1/users/{id}/deactivate',
    tag: 'users',
    auth: true,
    summary: 'Deactivate an account; its sessions end',
    responses: { 204: 'Deactivated', 401: 'Not logged in', 403: 'Administrators only', 404: 'No such user', 409: 'Not your own account' },
  },
  {
    method: 'post',
    path: '/api/v1/users/{id}/activate',
    tag: 'users',
    auth: true,
    summary: 'Activate an account again',
    responses: { 204: 'Activated', 401: 'Not logged in', 403: 'Administrators only', 404: 'No such user' },
  },
];

export function userRoutes() {
  const app = new Hono<AppEnv>();
  app.use(requireRole('admin'));

  app.get('/', async (c) => c.json({ items: await listUsers(c.get('deps')) }));

  app.post('/', validate('json', newUserSchema), async (c) => {
    const input = c.req.valid('json');
    const result = await createUser(c.get('deps'), c.get('actor')!, input);
    return c.json({ id: result.id, username: input.username, temporaryPassword: result.temporaryPassword }, 201);
  });

  app.post('/:id/password-reset', async (c) => c.json(await resetPassword(c.get('deps'), c.get('actor')!, c.req.param('id'))));

  app.post('/:id/totp-reset', async (c) => {
    await resetTotp(c.get('deps'), c.get('actor')!, c.req.param('id'));
    return c.body(null, 204);
  });

  for (const [path, active] of [
    ['deactivate', false],
    ['activate', true],
  ] as const) {
    app.post(`/:id/${path}`, async (c) => {
      await setActive(c.get('deps'), c.get('actor')!, c.req.param('id'), active);
      return c.body(null, 204);
    });
  }
  return app;
}
