/** @jsxImportSource hono/jsx */
/**
 * Identity verification on the case page: the uploaded scans shown to the roles that may read
 * personal data (a picture in the page, a PDF as a download — src/routes/web/officer/identity-scan.ts
 * serves both, each opening audited), and the form that records "verified", "not matching" or
 * "not provided" on the case (POST /petugas/kasus/:id/identitas), in the audit trail.
 */
import { Choices, ErrorSummary, TextField } from '../kit/fields';
import { FormToken } from '../kit/form-token';
import { type Context, Hono } from 'hono';
import { findCaseInScope } from '../../../cases/case.repository';
import { mayReadPersonalData } from '../../../auth/personal-data';
import { type Lang, t } from '../../../i18n';
import { identityCheckResults, identityCheckSchema, latestIdentityCheck, recordIdentityCheck } from '../../../identity/identity-check';
import type { IdentityCheckResult } from '../../../identity/identity-check';
import type { AppEnv } from '../../env';
import { formatInstant } from './components';
import { identityScanPath } from './identity-scan';

export const identityResultWord = (result: IdentityCheckResult, lang: Lang) =>
  ({
    verified: t(lang, 'officer.verified_document_matches_requester_s_data'),
    not_matching: t(lang, 'officer.does_not_match_requester_s_data'),
    not_provided: t(lang, 'officer.no_identity_document_provided'),
  })[result];

interface Scan {
  id: string;
  kind: string;
  contentType: string;
}

/** The scans and the check form; renders nothing for a role that may not read personal data. */
export async function IdentityCheckSection({ c, caseId, requester }: { c: Context<AppEnv>; caseId: string; requester: unknown }) {
  const lang = c.get('lang');
  const actor = c.get('actor')!;
  if (!mayReadPersonalData(actor)) return null;
  const deps = c.get('deps');
  const check = await latestIdentityCheck(deps.db, caseId);
  const scans = (requester as { identityDocuments?: Scan[] }).identityDocuments ?? [];
  // A refused check comes back here (303 with ?identitas=invalid), so a reload never posts again.
  const error = c.req.query('identitas') === 'invalid' ? t(lang, 'identity_check_result') : undefined;
  return (
    <section aria-labelledby="h-identity-check" id="identitas">
      <h3 id="h-identity-check">{t(lang, 'officer.identity_check')}</h3>
      {scans
        .filter((s) => s.contentType.startsWith('image/'))
        .map((s) => (
          <figure class="identity-scan">
            <img src={identityScanPath(caseId, s.id)} alt={t(lang, 'officer.scan_of_requester_s_identity_document')} />
          </figure>
        ))}
      <p data-testid="identity-check">
        {check ? (
          <>
            <strong>{identityResultWord(check.result, lang)}</strong> — {check.checkedBy ?? ''}, {formatInstant(check.checkedAt, lang)}
            {check.note ? <span class="hint">{check.note}</span> : null}
          </>
        ) : (
          t(lang, 'officer.identity_has_not_been_checked_yet')
        )}
      </p>
      {error ? <ErrorSummary lang={lang} errors={{ result: error }} labels={{ result: t(lang, 'officer.result') }} prefix="idc" /> : null}
      <form method="post" action={`/petugas/kasus/${caseId}/identitas`} novalidate>
        <FormToken c={c} />
        <Choices
          lang={lang}
          prefix="idc"
          name="result"
          type="radio"
          label={t(lang, 'officer.result_of_check')}
          required
          error={error}
          values={check ? [check.result] : []}
          options={identityCheckResults.map((r) => ({ value: r, label: identityResultWord(r, lang) }))}
        />
        <TextField lang={lang} prefix="idc" name="note" label={t(lang, 'officer.note_optional')} maxlength={1000} />
        <button type="submit" class="secondary">
          {t(lang, 'officer.record_check')}
        </button>
      </form>
    </section>
  );
}

export function identityCheckPages() {
  const app = new Hono<AppEnv>();
  app.post('/kasus/:id/identitas', async (c) => {
    const id = c.req.param('id');
    const body = await c.req.parseBody();
    // Out of scope stays a 404 whatever was posted.
    await findCaseInScope(c.get('deps').db, id, c.get('actor')!);
    const parsed = identityCheckSchema.safeParse({ result: body.result, note: body.note });
    if (!parsed.success) return c.redirect(`/petugas/kasus/${id}?identitas=invalid#identitas`, 303);
    await recordIdentityCheck(c.get('deps'), id, c.get('actor')!, parsed.data);
    return c.redirect(`/petugas/kasus/${id}#identitas`, 303);
  });
  return app;
}
