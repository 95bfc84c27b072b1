/**
 * An identity scan opened by an officer (`/petugas/kasus/:id/identitas/:scanId`): the only place
 * a scan is decrypted. Only for roles that may read personal data, on a case in their scope; each
 * opening is written to the audit trail (who, which case, which document — never its content).
 * A picture is served inline (the case page shows it); a PDF only as an attachment, never inline,
 * always with nosniff.
 */
import { Hono } from 'hono';
import { appendAudit } from '../../../audit/audit-log';
import { findCaseInScope } from '../../../cases/case.repository';
import { mayReadPersonalData } from '../../../auth/personal-data';
import { DomainError, notFound } from '../../../cases/errors';
import { openIdentityScan } from '../../../identity/scan-store';
import type { AppEnv } from '../../env';

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

export const identityScanPath = (caseId: string, scanId: string) => `/petugas/kasus/${caseId}/identitas/${scanId}`;

export function identityScanPages() {
  const app = new Hono<AppEnv>();
  app.get('/kasus/:id/identitas/:scanId', async (c) => {
    const deps = c.get('deps');
    const actor = c.get('actor')!;
    const row = await findCaseInScope(deps.db, c.req.param('id'), actor);
    if (!mayReadPersonalData(actor)) throw new DomainError(403, 'forbidden', 'forbidden');
    const scan = await openIdentityScan(deps, row.requester_id, c.req.param('scanId'));
    if (!scan) throw notFound();
    await deps.transact((trx) =>
      appendAudit(trx, {
        caseId: row.id,
        actor,
        event: 'IDENTITY_DOCUMENT_OPENED',
        fromState: null,
        toState: null,
        data: { documentId: c.req.param('scanId'), kind: scan.kind },
        at: deps.clock().toISOString(),
      }),
    );
    // Only a picture (re-encoded from its pixels at upload) is shown in the page; anything else is a download.
    const disposition = scan.contentType === 'image/png' || scan.contentType === 'image/jpeg' ? 'inline' : 'attachment';
    return c.body(scan.bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': scan.contentType,
      'Content-Disposition': `${disposition}; filename="identitas-${scan.kind}.${EXTENSIONS[scan.contentType] ?? 'bin'}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  return app;
}
