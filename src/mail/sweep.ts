/** The mail part of the periodic sweep: enqueue officer reminders, then deliver what is due. */
import type { Deps } from '../deps';
import { enqueueDueSoonReminders } from './reminders';
import { type MailTransport, transportFromConfig } from './transport';
import { drainOutbox } from './worker';

let configured: MailTransport | null = null;

export async function mailSweep(deps: Deps, transport: MailTransport = (configured ??= transportFromConfig(deps.config))) {
  const reminders = await enqueueDueSoonReminders(deps);
  const delivery = await drainOutbox(deps, { transport });
  return { reminders, ...delivery };
}
