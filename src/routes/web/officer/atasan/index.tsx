/** @jsxImportSource hono/jsx */
/**
 * The atasan PPID's pages in the officer workspace (mounted at /petugas/atasan): the objection
 * queue by response deadline, and one objection with its grounds, the original request, the
 * PPID's notice and the consequence tests side by side, and the forms for exactly the events the
 * objection workflow accepts now (decide, accept or refuse a late objection, settle by agreement,
 * record the dispute and its stages). Server-rendered; works without JavaScript.
 */
import { type Context, Hono } from 'hono';
import { formatDate } from '../../../../calendar/describe';
import { DomainError } from '../../../../cases/errors';
import { type Lang, fieldErrors, t } from '../../../../i18n';
import { applyObjectionEvent, parseObjectionCommand } from '../../../../objections/apply-objection-event';
import { OBJECTION_READERS, findObjection } from '../../../../objections/objection.repository';
import { officerObjectionView } from '../../../../objections/objection-view';
import { listObjections, objectionQuerySchema } from '../../../../objections/queue';
import type { AppEnv } from '../../../env';
import { formToken, verifyFormToken } from '../../kit/form-token';
import { requirePageRole } from '../../kit/guard';
import { Layout } from '../../layout';
import { ObjectionPage, type PageErrors } from './objection-page';

const FILTERS = { pending: ['pending', undefined], overdue: ['pending', true], all: ['all', undefined] } as const;

/** The signed-in officer (requirePageRole has let only OBJECTION_READERS in). */
const gate = (c: Context<AppEnv>) => ({ user: c.get('user')!, actor: c.get('actor')! });

function QueuePage({ lang, items, filter }: { lang: Lang; items: Awaited<ReturnType<typeof listObjections>>['items']; filter: keyof typeof FILTERS }) {
  const tabs: Array<[keyof typeof FILTERS, string]> = [
    ['pending', t(lang, 'atasan.awaiting_response')],
    ['overdue', t(lang, 'atasan.overdue')],
    ['all', t(lang, 'atasan.all')],
  ];
  return (
    <>
      <h1>{t(lang, 'atasan.objections')}</h1>
      <nav aria-label={t(lang, 'atasan.filter_objections')}>
        <ul class="tabs">
          {tabs.map(([key, label]) => (
            <li>
              <a href={`/petugas/atasan?tampil=${key}`} aria-current={filter === key ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {items.length === 0 ? (
        <p>{t(lang, 'atasan.no_objections_here')}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="queue-caption" tabindex={0}>
          <table>
            <caption id="queue-caption" class="visually-hidden">
              {t(lang, 'atasan.objections_by_response_deadline')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, 'atasan.objection')}</th>
                <th scope="col">{t(lang, 'atasan.request')}</th>
                <th scope="col">{t(lang, 'atasan.grounds')}</th>
                <th scope="col">{t(lang, 'atasan.status')}</th>
                <th scope="col">{t(lang, 'atasan.response_due')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((o) => (
                <tr data-testid="objection-row">
                  <td>
                    <a href={`/petugas/atasan/keberatan/${o.id}`}>{o.objectionNumber}</a>
                    {o.late ? (
                      <>
                        <br />
                        <span class="badge warn">{t(lang, 'atasan.filed_late')}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{o.registrationNumber}</td>
                  <td>{o.grounds.join(', ')}</td>
                  <td>
                    {o.statusLabel}
                    {o.disputeStageLabel ? ` — ${o.disputeStageLabel}` : ''}
                    {o.outcomeLabel ? (
                      <>
                        <br />
                        <span class="hint">{o.outcomeLabel}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {formatDate(o.responseDue, lang)}
                    {o.workingDaysLeft !== null ? (
                      <>
                        <br />
                        <span class={`days-left ${o.overdue ? 'bad' : o.workingDaysLeft <= 5 ? 'warn' : 'ok'}`}>
                          {o.overdue
                            ? t(lang, 'atasan.working_days_overdue', { value: -o.workingDaysLeft })
                            : t(lang, 'atasan.working_days_left', { workingDaysLeft: o.workingDaysLeft })}
                        </span>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The form's fields as an event command: empty fields are absent; documents come as one title per line. */
function commandFrom(body: Record<string, string | File | (string | File)[]>) {
  const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).trim() : '');
  const out: Record<string, unknown> = { type: text('type'), expectedVersion: Number(text('expectedVersion')) };
  for (const k of [
    'outcome',
    'reasons',
    'instruction',
    'agreement',
    'reaction',
    'commission',
    'registrationNumber',
    'filedOn',
    'note',
    'stage',
    'on',
    'result',
    'summary',
    'content',
    'decisionNumber',
    'court',
    'filedBy',
    'caseNumber',
  ]) {
    if (text(k) !== '') out[k] = text(k);
  }
  const documents = text('documents')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((title) => ({ title }));
  if (documents.length > 0) out.documents = documents;
  return out;
}

export function atasanPages() {
  const app = new Hono<AppEnv>();
  // Without a session: to the login page and back. Every form post carries the session's CSRF token.
  app.use('*', requirePageRole(...OBJECTION_READERS));
  app.use('*', verifyFormToken);

  app.get('/', async (c) => {
    const g = gate(c);
    const lang = c.get('lang');
    const filter = (c.req.query('tampil') ?? 'pending') in FILTERS ? ((c.req.query('tampil') as keyof typeof FILTERS) ?? 'pending') : 'pending';
    const [status, overdue] = FILTERS[filter];
    const { items } = await listObjections(c.get('deps'), objectionQuerySchema.parse({ status, ...(overdue ? { overdue: 'true' } : {}), limit: 100 }), lang);
    c.header('Cache-Control', 'no-store');
    return c.html(
      <Layout lang={lang} title={t(lang, 'atasan.objections')} url={c.req.url} user={g.user}>
        <QueuePage lang={lang} items={items} filter={filter} />
      </Layout>,
    );
  });

  const render = async (c: Context<AppEnv>, id: string, errors: PageErrors, status: 200 | 400 | 409) => {
    const g = gate(c);
    const deps = c.get('deps');
    const lang = c.get('lang');
    const row = await findObjection(deps.db, id, g.actor);
    const view = await officerObjectionView(deps, deps.db, row, g.actor, lang, deps.clock());
    c.header('Cache-Control', 'no-store');
    return c.html(
      <Layout lang={lang} title={`${t(lang, 'atasan.objection_2')} ${view.objectionNumber}`} url={c.req.url} user={g.user}>
        <ObjectionPage lang={lang} view={view} errors={errors} done={c.req.query('ok') === '1'} csrf={formToken(c)} />
      </Layout>,
      status,
    );
  };

  // Auditors read objections in their own read-only view.
  app.get('/keberatan/:id', async (c) => {
    if (c.get('actor')?.role === 'auditor') return c.redirect(`/auditor/keberatan/${c.req.param('id')}`, 303);
    return render(c, c.req.param('id'), {}, 200);
  });

  app.post('/keberatan/:id/events', async (c) => {
    const g = gate(c);
    const id = c.req.param('id');
    const lang = c.get('lang');
    const command = commandFrom(await c.req.parseBody());
    // Which form failed: one per event, and one per dispute stage.
    const form = command.type === 'RECORD_DISPUTE_STAGE' ? `RECORD_DISPUTE_STAGE-${String(command.stage ?? '')}` : String(command.type);
    const parsed = parseObjectionCommand(command);
    if (!parsed.ok) {
      const fields = 'unknownType' in parsed ? { type: t(lang, 'unknown_event') } : fieldErrors(parsed.error, lang);
      return render(c, id, { event: form, fields }, 400);
    }
    try {
      await applyObjectionEvent(c.get('deps'), id, parsed.command, g.actor);
    } catch (e) {
      if (!(e instanceof DomainError) || (e.status !== 400 && e.status !== 409)) throw e;
      const fields = Object.fromEntries(Object.entries(e.fields).map(([k, key]) => [k, t(lang, key, e.params)]));
      return render(c, id, { event: form, fields, message: Object.keys(fields).length > 0 ? undefined : t(lang, e.messageKey, e.params) }, e.status);
    }
    return c.redirect(`/petugas/atasan/keberatan/${id}?ok=1`, 303);
  });

  return app;
}
