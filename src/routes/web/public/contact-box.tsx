/** @jsxImportSource hono/jsx */
/**
 * On the tracking page, when the request needs the requester to get in touch (the PPID asked for
 * a clarification) or to come in (the information is to be picked up or viewed at the office):
 * how to reach the PPID, its office hours and the officer of the day (src/contact/service-contact.ts).
 */
import { type ServiceContact, contactReason, hoursText } from '../../../contact/service-contact';
import { type Lang, t } from '../../../i18n';

export function RequesterContact({
  lang,
  contact,
  state,
  request,
}: {
  lang: Lang;
  contact: ServiceContact | null;
  state: string;
  request: Parameters<typeof contactReason>[1];
}) {
  const reason = contactReason(state, request);
  if (!contact || !reason) return null;
  const hours = hoursText(contact, lang);
  return (
    <section class="notice contact-box" aria-labelledby="requester-contact" data-testid="requester-contact">
      <h2 id="requester-contact">{t(lang, 'contact.ppid_contact')}</h2>
      <p>{reason === 'clarification' ? t(lang, 'contact.reach_for_clarification') : t(lang, 'contact.reach_for_pickup')}</p>
      <dl class="facts">
        <dt>{t(lang, 'contact.address')}</dt>
        <dd class="prewrap">{contact.address}</dd>
        {contact.phone ? (
          <>
            <dt>{t(lang, 'contact.phone')}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>
            </dd>
          </>
        ) : null}
        {contact.email ? (
          <>
            <dt>{t(lang, 'contact.email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </>
        ) : null}
        {hours ? (
          <>
            <dt>{t(lang, 'contact.hours')}</dt>
            <dd>{hours}</dd>
          </>
        ) : null}
        {contact.officerOfTheDay ? (
          <>
            <dt>{t(lang, 'contact.officer_of_the_day')}</dt>
            <dd>{contact.officerOfTheDay}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
