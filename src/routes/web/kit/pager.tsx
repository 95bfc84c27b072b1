/** @jsxImportSource hono/jsx */
/**
 * Paging for long lists (the officer queues, the outbox): where the reader is ("21–40 dari 312"),
 * and links to the first page, the page before and the page after. The pages behind it are read
 * by key (keyset), so the links carry cursors, not page numbers; the place shown comes with them.
 * A `nav` named for the list, the current place marked `aria-current="page"`.
 */
import { type Lang, t } from '../../../i18n';

export interface PagePosition {
  /** Place of the first item shown, from 1; 0 when nothing is shown. */
  from: number;
  to: number;
  /** How many the list holds, as counted (up to a cap: then `more`). */
  total: number;
  more: boolean;
}

const number = (n: number, lang: Lang) => new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB').format(n);

export function Pager(props: {
  lang: Lang;
  /** What the list is, for the nav's name ("Halaman antrean"). */
  label: string;
  position: PagePosition;
  first: string | null;
  prev: string | null;
  next: string | null;
}) {
  const { lang, position: p } = props;
  if (p.total === 0 && p.from === 0) return null;
  const total = `${number(p.total, lang)}${p.more ? '+' : ''}`;
  return (
    <nav class="pager" aria-label={props.label}>
      <ul>
        {props.first ? (
          <li>
            <a href={props.first}>« {t(lang, 'common.pager_first')}</a>
          </li>
        ) : null}
        {props.prev ? (
          <li>
            <a href={props.prev} rel="prev">
              ‹ {t(lang, 'common.pager_previous')}
            </a>
          </li>
        ) : null}
        <li>
          <span aria-current="page" class="pager-here">
            {t(lang, 'common.pager_position', { from: number(p.from, lang), to: number(p.to, lang), total })}
          </span>
        </li>
        {props.next ? (
          <li>
            <a href={props.next} rel="next">
              {t(lang, 'common.pager_next')} ›
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
