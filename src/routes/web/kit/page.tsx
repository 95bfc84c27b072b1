/** @jsxImportSource hono/jsx */
/**
 * The page shell and the pieces most pages are made of. A page is
 * `c.html(<Page lang={lang} title={…} url={c.req.url} user={c.get('user')}>…</Page>)`; officer
 * pages take their props from `frame(c, title)` (officer/components.tsx: the notification count).
 */
import type { Child } from 'hono/jsx';
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
