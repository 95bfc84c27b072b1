/** @jsxImportSource hono/jsx */
/**
 * The page shell and the pieces most pages are made of. A page is
 * `c.html(<Page lang={lang} title={…} url={c.req.url} user={c.get('user')}>…</Page>)`; officer
 * pages take their props from `frame(c, title)` (officer/components.tsx: the notification count).
 */
import type { Child } from 'hono/jsx';
import { type Lang, type MessageKey, t } from '../../../i18n';
import { Layout } from '../layout';

/** The site's frame (header, language switch, main, footer): the Layout under a name pages read. */
export const Page = Layout;

/** A message in a box: `ok` (done), `warn` and `bad` are announced to screen readers at once. */
export function Notice({ tone, children }: { tone?: 'ok' | 'warn' | 'bad' | undefined; children: Child }) {
  return (
    <div class={`notice${tone ? ` ${tone}` : ''}`} role={tone === 'bad' || tone === 'warn' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** A titled part of a page, reachable by `#id`. */
export function Section({ title, id, level = 2, children }: { title: Child; id?: string; level?: 2 | 3; children: Child }) {
  return (
    <section id={id} aria-labelledby={id ? `${id}-title` : undefined}>
      {level === 2 ? <h2 id={id ? `${id}-title` : undefined}>{title}</h2> : <h3 id={id ? `${id}-title` : undefined}>{title}</h3>}
      {children}
    </section>
  );
}

/** A table with a caption (read out first by screen readers), column heads and rows; scrolls on a narrow screen. */
export function DataTable({ caption, head, rows, class: cls }: { caption?: Child; head: Child[]; rows: Child[][]; class?: string }) {
  return (
    <div class="table-scroll">
      <table class={cls}>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              {r.map((cell) => (
                <td>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A link that looks like a button, or a row of them. */
export const Actions = ({ children }: { children: Child }) => <p class="actions">{children}</p>;

/** A page's heading, with a link back to where it came from above it (`back`). */
export function PageTitle({ title, back }: { title: Child; back?: { href: string; label: Child } }) {
  return (
    <>
      {back ? (
        <p>
          <a href={back.href}>{back.label}</a>
        </p>
      ) : null}
      <h1>{title}</h1>
    </>
  );
}

/** What a list page says besides its title: its lead, its actions (`[href, text]`, the first the button that adds one), its empty list. */
export interface ListTexts {
  lead: MessageKey;
  actions: ReadonlyArray<readonly [href: string, text: MessageKey]>;
  empty: MessageKey;
}

/**
 * A page that manages a list: the heading and its lead, what was just done, the actions (the first
 * a button, the others links with ` · ` between them), what the page puts between (tabs), then the
 * table — or the `empty` text when it has no rows.
 */
export function ListPage(p: {
  lang: Lang;
  title: Child;
  texts: ListTexts;
  done?: string | undefined;
  caption: Child;
  head: Child[];
  rows: Child[][];
  children?: Child;
}) {
  const [[addHref, addText] = ['', p.texts.lead], ...links] = p.texts.actions;
  return (
    <>
      <PageTitle title={p.title} />
      <p class="lead">{t(p.lang, p.texts.lead)}</p>
      {p.done ? <Notice tone="ok">{p.done}</Notice> : null}
      <Actions>
        <a class="button" href={addHref}>
          {t(p.lang, addText)}
        </a>{' '}
        {links.map(([href, text], i) => (
          <>
            {i > 0 ? ' · ' : null}
            <a href={href}>{t(p.lang, text)}</a>
          </>
        ))}
      </Actions>
      {p.children}
      {p.rows.length === 0 ? <p>{t(p.lang, p.texts.empty)}</p> : <DataTable caption={p.caption} head={p.head} rows={p.rows} />}
    </>
  );
}
