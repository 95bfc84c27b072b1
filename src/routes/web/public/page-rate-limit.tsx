/** @jsxImportSource hono/jsx */
/**
 * The public rate limit (RATE_LIMIT_PER_MINUTE per client and minute, src/routes/rate-limit.ts)
 * for pages: over the limit, a 429 page in the page's language with Retry-After, not a JSON body.
 */
import type { MiddlewareHandler } from 'hono';
import { DomainError } from '../../../cases/errors';
import type { AppEnv } from '../../env';
import { rateLimit } from '../../rate-limit';
import { Layout } from '../layout';
import { tr } from '../lang';

export function pageRateLimit(bucket: string): MiddlewareHandler<AppEnv> {
  // rateLimit reads the limit through a function; the page router learns it from the request's deps.
  let limit = 0;
  const limiter = rateLimit(bucket, () => limit);
  return async (c, next) => {
    limit = c.get('deps').config.RATE_LIMIT_PER_MINUTE;
    try {
      await limiter(c, next);
    } catch (e) {
      if (!(e instanceof DomainError) || e.status !== 429) throw e;
      const seconds = Number(e.params.seconds ?? 60);
      const lang = c.get('lang');
      c.header('Retry-After', String(seconds));
      c.header('Cache-Control', 'no-store');
      return c.html(
        <Layout lang={lang} title={tr(lang, 'Terlalu banyak permintaan', 'Too many requests')} url={c.req.url}>
          <h1>{tr(lang, 'Terlalu banyak permintaan', 'Too many requests')}</h1>
          <p>{tr(lang,
            `Demi keamanan, kami membatasi jumlah pengiriman dari satu perangkat. Silakan coba lagi dalam ${seconds} detik.`,
            `To keep the service safe we limit how often one device may send. Please try again in ${seconds} seconds.`)}</p>
          <p><a href={new URL(c.req.url).pathname}>{tr(lang, 'Kembali ke formulir', 'Back to the form')}</a></p>
        </Layout>,
        429,
      );
    }
  };
}
