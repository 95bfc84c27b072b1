/** @jsxImportSource hono/jsx */
/**
 * The auditor's workspace (ruang auditor) at /auditor: a home that lists, from one list
 * (links.ts), the registers, the reports and the integrity pages this role may open, and the
 * report pages (reports.tsx). Same look and guards as the officer pages: a session (else the login
 * page and back), the session's CSRF token on every form, the role checked on each route.
 */
import { verifyFormToken } from '../kit/form-token';
import { requirePageRole, requireSignedIn } from '../kit/guard';
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import type { Lang } from '../../../i18n';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { pageLang } from '../lang';
import { frame } from '../officer/components';
import { pageError } from '../officer';
import { WORKSPACE_ROLES, type WorkspaceSection, workspaceFor } from './links';
import { reportPages } from './reports';
import { t } from '../../../i18n';

function Home({ lang, sections }: { lang: Lang; sections: WorkspaceSection[] }) {
  return (
    <>
      <h1>{t(lang, 'auditor.auditor_workspace')}</h1>
      <p class="lead">{t(lang, 'auditor.registers_reports_and_evidence_that_audit')}</p>
      {sections.map((s, i) => (
        <section aria-labelledby={`ws-${i}`}>
          <h2 id={`ws-${i}`}>{s.heading(lang)}</h2>
          <ul class="cards">
            {s.links.map((l) => (
              <li class="card">
                <a href={l.href}>{l.label(lang)}</a>
                <p>{l.description(lang)}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function auditorPages() {
  const app = new Hono<AppEnv>();
  app.onError(pageError);
  app.use('*', pageLang);
  app.use('*', csrf());
  app.use('*', (c, next) =>
    requireSignedIn(c, async () => {
      await verifyFormToken(c, next);
    }),
  );
  app.use('*', requirePageRole(...WORKSPACE_ROLES));
  app.get('/', async (c) => {
    const lang = c.get('lang');
    const actor = c.get('actor')!;
    return c.html(
      <Layout {...(await frame(c, t(lang, 'auditor.auditor_workspace')))}>
        <Home lang={lang} sections={workspaceFor(actor.role)} />
      </Layout>,
    );
  });
  app.route('/laporan', reportPages());
  return app;
}
