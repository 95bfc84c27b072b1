/** The mail part of the periodic sweep: enqueue officer reminders and calendar-horizon alerts, then deliver what is due. */
import type { Deps } from '../deps';
import { alertCalendarHorizons } from '../calendar/horizon';
import { alertUnreviewed } from '../calendar/reviews';
import { enqueueDueSoonReminders } from './reminders';
import { type MailTransport, transportFromConfig } from './transport';
import { drainOutbox } from './worker';

let configured: MailTransport | null = null;

export async function mailSweep(deps: Deps, transport: MailTransport = (configured ??= transportFromConfig(deps.config))) {
  const reminders = await enqueueDueSoonReminders(deps);
  // Administrators hear months ahead when a calendar's holiday list runs out (the horizon policy).
  await alertCalendarHorizons(deps);
  await alertUnreviewed(deps);
  const delivery = await drainOutbox(deps, { transport });
  return { reminders, ...delivery };
}
