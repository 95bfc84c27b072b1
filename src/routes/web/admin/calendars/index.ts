/**
 * Calendar administration pages (/admin/kalender), administrators only: the working-day
 * calendars, their entries year by year, and forms to add, edit and remove an entry, to load the
 * next year's holidays and to record a mission's review of its host-country list. Every change
 * asks for a reason (it goes to the audit trail) and counts the open cases on that calendar
 * again; the page then says how many moved. Works without JavaScript.
 *
 * routes (this file) → handlers.tsx (read the form, call calendar/admin, choose the answer) →
 * views.tsx (the pages); parser.ts reads the "load a year" text.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../../env';
import { verifyFormToken } from '../../kit/form-token';
import { requirePageRole } from '../../kit/guard';
import {
  addEntryHandler,
  editEntryHandler,
  entryPageHandler,
  listHandler,
  loadYearHandler,
  removeEntryHandler,
  reviewHandler,
  showCalendarHandler,
} from './handlers';

export function calendarAdminPages() {
  const app = new Hono<AppEnv>();
  app.use(requirePageRole('admin'), verifyFormToken);
  app.get('/', listHandler);
  app.get('/:code', showCalendarHandler);
  app.post('/:code/entri', addEntryHandler);
  app.post('/:code/tahun', loadYearHandler);
  app.post('/:code/tinjauan', reviewHandler);
  app.get('/:code/entri/:id', entryPageHandler);
  app.post('/:code/entri/:id', editEntryHandler);
  app.post('/:code/entri/:id/hapus', removeEntryHandler);
  return app;
}
