/** @jsxImportSource hono/jsx */
/** The public site (pemohon): home, filing and receipt, tracking, statistics, the deadline calculator and objections. */
import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { tr } from '../lang';
import { deadlineCalculatorPages } from './deadline-calculator';
import { filingPages } from './filing';
import { HomePage } from './home';
import { objectionPages } from './objection';
import { recoverCodePages } from './recover-code';
import { statisticsPages } from './statistics';
import { trackingPages } from './tracking';
import { clarificationPages } from './clarification-form';

export function publicPages() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const lang = c.get('lang');
    return c.html(
      <Layout lang={lang} title={tr(lang, 'Beranda', 'Home')} url={c.req.url}>
        <HomePage lang={lang} />
      </Layout>,
    );
  });
  app.route('/', filingPages());
  app.route('/', recoverCodePages());
  app.route('/', trackingPages());
  app.route('/', clarificationPages());
  app.route('/', statisticsPages());
  app.route('/', deadlineCalculatorPages());
  app.route('/', objectionPages());
  return app;
}
