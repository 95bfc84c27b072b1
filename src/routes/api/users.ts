/** User administration (administrator only): list, create, reset password or second factor, (de)activate. */
import { z } from '@hono/zod-openapi';
import { requireRole } from '../../auth/middleware';
import { createUser, listUsers, newUserSchema, resetPassword, resetTotp, setActive } from '../../auth/users';
import { SESSION, apiRouter, createRoute, errors, instant, json, jsonBody, noContent, pathParams } from './contract';

const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    name: z.string(),
    position: z.string(),
    role: z.string(),
    unit: z.string().nullable(),
    email: z.string().nullable(),
    active: z.boolean(),
    locked: z.boolean().describe('Locked out for now after repeated failed logins'),
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    createdAt: instant(),
  })
  .openapi('User');
const created = z.object({ id: z.string(), username: z.string(), temporaryPassword: z.string().describe('Shown once; must be changed at first login') });
const admins = { 401: 'Not logged in', 403: 'Administrators only' } as const;
const common = { tags: ['users'], security: SESSION };
const idParam = pathParams('id');

const listRoute = createRoute({
  ...common,
  method: 'get',
  path: '/',
  operationId: 'listUsers',
  summary: 'Every officer account',
  responses: { 200: json(z.object({ items: z.array(userSchema) }), 'The accounts, active first'), ...errors(admins) },
});

const createUserRoute = createRoute({
  ...common,
  method: 'post',
  path: '/',
  operationId: 'createUser',
  summary: 'Create an officer with a one-time password',
  request: { body: jsonBody(newUserSchema) },
  responses: { 201: json(created, 'Created'), ...errors({ 400: 'Invalid fields (also a username taken)', ...admins, 415: 'Not JSON' }) },
});

const passwordResetRoute = createRoute({
  ...common,
  method: 'post',
  path: '/{id}/password-reset',
  operationId: 'resetUserPassword',
  summary: "A new one-time password; ends the user's sessions",
  request: { params: idParam },
  responses: {
    200: json(z.object({ temporaryPassword: z.string().describe('Shown once') }), 'The one-time password'),
    ...errors({ ...admins, 404: 'No such user' }),
  },
});

const totpResetRoute = createRoute({
  ...common,
  method: 'post',
  path: '/{id}/totp-reset',
  operationId: 'resetUserTotp',
  summary: "Remove the user's second factor (a lost phone)",
  request: { params: idParam },
  responses: { 204: noContent('Removed'), ...errors({ ...admins, 404: 'No such user' }) },
});

const deactivateRoute = createRoute({
  ...common,
  method: 'post',
  path: '/{id}/deactivate',
  operationId: 'deactivateUser',
  summary: 'Deactivate an account; its sessions end',
  request: { params: idParam },
  responses: { 204: noContent('Deactivated'), ...errors({ ...admins, 404: 'No such user', 409: 'Not your own account' }) },
});

const activateRoute = createRoute({
  ...common,
  method: 'post',
  path: '/{id}/activate',
  operationId: 'activateUser',
  summary: 'Activate an account again',
  request: { params: idParam },
  responses: { 204: noContent('Activated'), ...errors({ ...admins, 404: 'No such user' }) },
});

export function userRoutes() {
  const app = apiRouter();
  app.use(requireRole('admin'));

  app.openapi(listRoute, async (c) => c.json({ items: await listUsers(c.get('deps')) }, 200));

  app.openapi(createUserRoute, async (c) => {
    const input = c.req.valid('json');
    const result = await createUser(c.get('deps'), c.get('actor')!, input);
    return c.json({ id: result.id, username: input.username, temporaryPassword: result.temporaryPassword }, 201);
  });

  app.openapi(passwordResetRoute, async (c) => c.json(await resetPassword(c.get('deps'), c.get('actor')!, c.req.valid('param').id), 200));

  app.openapi(totpResetRoute, async (c) => {
    await resetTotp(c.get('deps'), c.get('actor')!, c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(deactivateRoute, async (c) => {
    await setActive(c.get('deps'), c.get('actor')!, c.req.valid('param').id, false);
    return c.body(null, 204);
  });

  app.openapi(activateRoute, async (c) => {
    await setActive(c.get('deps'), c.get('actor')!, c.req.valid('param').id, true);
    return c.body(null, 204);
  });
  return app;
}
