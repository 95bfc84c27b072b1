/** @jsxImportSource hono/jsx */
/**
 * The PPID's contact in every page's footer: address, telephone, e-mail and office hours from the
 * `contact` setting (src/contact/service-contact.ts), read when the page is rendered, so an
 * administrator's change shows on the next page. The Layout has no request in hand: the request's
 * context comes from hono's context storage (app.ts), and a page rendered outside a request (none
 * is) simply has no contact block. Never the officer of the day: that is for a requester who needs it.
 */
import { tryGetContext } from 'hono/context-storage';
import { hoursText, publicContact, serviceContact } from '../../contact/service-contact';
import { type Lang, t } from '../../i18n';
import type { AppEnv } from '../env';

export async function SiteContact({ lang }: { lang: Lang }) {
  const deps = tryGetContext<AppEnv>()?.get('deps');
  const stored = deps ? await serviceContact(deps.db) : null;
  if (!stored) return null;
  const contact = publicContact(stored);
  const hours = hoursText(contact, lang);
  return (
    <section class="site-contact" aria-labelledby="site-contact-title">
      <h2 id="site-contact-title">{t(lang, 'contact.ppid_contact')}</h2>
      <address>
        <span class="prewrap">{contact.address}</span>
        {contact.phone ? (
          <>
            <br />
            {t(lang, 'contact.phone')}: <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>
          </>
        ) : null}
        {contact.email ? (
          <>
            <br />
            {t(lang, 'contact.email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </>
        ) : null}
      </address>
      {hours ? (
        <p>
          {t(lang, 'contact.hours')}: {hours}
        </p>
      ) : null}
    </section>
  );
}
