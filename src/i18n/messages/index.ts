/** Every area's catalogue (src/i18n/codemod.ts rewrites this list when it adds an area). */
import { adminMessages } from './admin';
import { answersMessages } from './answers';
import { atasanMessages } from './atasan';
import { calendarAdminMessages } from './calendar-admin';
import { commonMessages } from './common';
import { documentsMessages } from './documents';
import { objectionsMessages } from './objections';
import { officerMessages } from './officer';
import { publicMessages } from './public';

export const areaCatalogues = {
  admin: adminMessages,
  answers: answersMessages,
  atasan: atasanMessages,
  'calendar-admin': calendarAdminMessages,
  common: commonMessages,
  documents: documentsMessages,
  objections: objectionsMessages,
  officer: officerMessages,
  public: publicMessages,
} as const;

export const messages = {
  ...adminMessages,
  ...answersMessages,
  ...atasanMessages,
  ...calendarAdminMessages,
  ...commonMessages,
  ...documentsMessages,
  ...objectionsMessages,
  ...officerMessages,
  ...publicMessages,
} as const;
