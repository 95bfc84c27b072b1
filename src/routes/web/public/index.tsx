/** @jsxImportSource hono/jsx */
/** The public site (pemohon): home, filing, receipt, tracking, objection, deadline calculator. */
import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { Layout } from '../layout';
import { tr } from '../lang';

export function publicPages() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const lang = c.get('lang');
    return c.html(
      <Layout lang={lang} title={tr(lang, 'Beranda', 'Home')} url={c.req.url}>
        <h1>{tr(lang, 'Layanan permohonan informasi publik', 'Public information requests')}</h1>
        <p>{tr(lang,
          'Setiap warga negara Indonesia dan badan hukum Indonesia berhak meminta informasi publik (UU 14/2008). Kami wajib menjawab secara tertulis paling lambat 10 hari kerja.',
          'Every Indonesian citizen and Indonesian legal entity may request public information (Law 14/2008). We must answer in writing within 10 working days.')}</p>
      </Layout>,
    );
  });
  return app;
}
