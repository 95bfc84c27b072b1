/**
 * The PPID's contact and office hours (src/contact/service-contact.ts): anyone reads the public
 * fields; an administrator also reads the officer of the day, and replaces the whole contact
 * (audited as CONTACT_SETTINGS_UPDATED; a bad field answers 400 naming it and changes nothing).
 */
import { z } from '@hono/zod-openapi';
import { requireRole } from '../../auth/middleware';
import { notFound } from '../../cases/errors';
import { publicContact, serviceContact, serviceContactSchema, updateServiceContact } from '../../contact/service-contact';
import { PUBLIC, SESSION, apiRouter, createRoute, errors, json, jsonBody } from './contract';

const contactSchema = z
  .object({
    address: z.string().describe('Where requesters come: the PPID service desk'),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    hoursId: z.string().nullable().describe('Office hours, in Indonesian'),
    hoursEn: z.string().nullable().describe('Office hours, in English'),
    officerOfTheDay: z.string().nullable().optional().describe('The officer of the day (petugas piket): only for administrators'),
  })
  .openapi('ServiceContact');

const getContactRoute = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getServiceContact',
  tags: ['public'],
  security: PUBLIC,
  summary: "The PPID's address, telephone, e-mail and office hours",
  responses: { 200: json(contactSchema, 'The contact (with the officer of the day for an administrator)'), ...errors({ 404: 'Not set yet' }) },
});

const putContactRoute = createRoute({
  method: 'put',
  path: '/',
  operationId: 'updateServiceContact',
  tags: ['settings'],
  security: SESSION,
  summary: "Replace the PPID's contact and office hours (an empty optional field clears it)",
  middleware: [requireRole('admin')] as const,
  request: { body: jsonBody(serviceContactSchema) },
  responses: {
    200: json(contactSchema, 'The contact as stored'),
    ...errors({
      400: 'Invalid fields (address required; e-mail and telephone formats; office hours in both languages)',
      401: 'Not logged in',
      403: 'Administrators only',
      415: 'Not JSON',
    }),
  },
});

export function contactRoutes() {
  const app = apiRouter();
  app.openapi(getContactRoute, async (c) => {
    const contact = await serviceContact(c.get('deps').db);
    if (!contact) throw notFound();
    return c.json(c.get('actor')?.role === 'admin' ? contact : publicContact(contact), 200);
  });
  app.openapi(putContactRoute, async (c) => c.json(await updateServiceContact(c.get('deps'), c.get('actor')!, c.req.valid('json')), 200));
  return app;
}
