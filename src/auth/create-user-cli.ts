/**
 * Creates an officer account from the command line — how the first administrator comes to exist
 * outside demo mode, where there are no default passwords. Prints a one-time password that must
 * be changed at the first login.
 *
 *   npm run user:create -- --username rina --name "Rina Administrator" --position "Administrator Sistem" [--role admin] [--unit PPID] [--email …]
 */
import { parseArgs } from 'node:util';
import { bootstrap } from '../bootstrap';
import { DomainError } from '../cases/errors';
import { fieldErrors, t } from '../i18n';
import { createUser, newUserSchema } from './users';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    position: { type: 'string' },
    role: { type: 'string', default: 'admin' },
    unit: { type: 'string' },
    email: { type: 'string' },
  },
});
const parsed = newUserSchema.safeParse(values);
if (!parsed.success) {
  for (const [field, message] of Object.entries(fieldErrors(parsed.error, 'en'))) console.error(`--${field}: ${message}`);
  process.exit(2);
}
const deps = await bootstrap();
try {
  const { temporaryPassword } = await createUser(deps, { kind: 'system', id: null, role: 'system', unit: null }, parsed.data);
  console.log(`Created ${parsed.data.username} (${parsed.data.role}). One-time password, to be changed at the first login:\n  ${temporaryPassword}`);
} catch (e) {
  if (!(e instanceof DomainError)) throw e;
  console.error(
    Object.entries(e.fields)
      .map(([field, key]) => `--${field}: ${t('en', key)}`)
      .join('\n') || t('en', e.messageKey),
  );
  process.exitCode = 1;
} finally {
  await deps.close();
}
