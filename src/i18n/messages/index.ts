/** Every area's catalogue (src/i18n/codemod.ts rewrites this list when it adds an area). */
import { adminMessages } from './admin';
import { answersMessages } from './answers';
import { apiMessages } from './api';
import { atasanMessages } from './atasan';
import { auditorMessages } from './auditor';
import { calendarAdminMessages } from './calendar-admin';
import { commonMessages } from './common';
import { contactMessages } from './contact';
import { documentsMessages } from './documents';
import { labelsMessages } from './labels';
import { listsMessages } from './lists';
import { objectionsMessages } from './objections';
import { officerMessages } from './officer';
import { publicMessages } from './public';
import { reportsMessages } from './reports';
import { unitAdminMessages } from './unit-admin';
import { surveyMessages } from './survey';

export const areaCatalogues = {
  admin: adminMessages,
  answers: answersMessages,
  api: apiMessages,
  atasan: atasanMessages,
  auditor: auditorMessages,
  'calendar-admin': calendarAdminMessages,
  common: commonMessages,
  contact: contactMessages,
  documents: documentsMessages,
  labels: labelsMessages,
  lists: listsMessages,
  objections: objectionsMessages,
  officer: officerMessages,
  public: publicMessages,
  reports: reportsMessages,
  'unit-admin': unitAdminMessages,
  survey: surveyMessages,
} as const;

export const messages = {
  ...adminMessages,
  ...answersMessages,
  ...apiMessages,
  ...atasanMessages,
  ...auditorMessages,
  ...calendarAdminMessages,
  ...commonMessages,
  ...contactMessages,
  ...documentsMessages,
  ...labelsMessages,
  ...listsMessages,
  ...objectionsMessages,
  ...officerMessages,
  ...publicMessages,
  ...reportsMessages,
  ...unitAdminMessages,
  ...surveyMessages,
} as const;
