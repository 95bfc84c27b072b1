/** @jsxImportSource hono/jsx */
/** The public site (pemohon): home, filing and receipt, tracking, statistics, the deadline calculator and objections. */
import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { deadlineCalculatorPages } from './deadline-calculator';
import { filingPages } from './filing';
import { HomePage } from './home';
import { objectionPages } from './objection';
import { recoverCodePages } from './recover-code';
import { statisticsPages } from './statistics';
import { surveyPages } from './survey';
import { trackingPages } from './tracking';
import { clarificationPages } from './clarification-form';
import { t } from '../../../i18n';

export function publicPages() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const lang = c.get('lang');
    return c.html(
      <Layout lang={lang} title={t(lang, 'public.home')} url={c.req.url}>
        <HomePage lang={lang} />
      </Layout>,
    );
  });
  app.route('/', filingPages());
  app.route('/', recoverCodePages());
  app.route('/', trackingPages());
  app.route('/', surveyPages());
  app.route('/', clarificationPages());
  app.route('/', statisticsPages());
  app.route('/', deadlineCalculatorPages());
  app.route('/', objectionPages());
  return app;
}
