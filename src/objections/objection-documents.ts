/**
 * The objection's documents, issued inside the transition's transaction with the renderers of
 * src/documents (stored with their SHA-256 and an ISSUE_DOCUMENT audit event): the receipt (a copy
 * of the objection form, kip-rules §2.7) when it is filed, and the atasan PPID's written response
 * (Art. 36) when it is decided. Indonesian always; English too for a requester who wrote in English.
 */
import type { Trx } from '../../db/unit-of-work';
import type { CaseRow } from '../../db/schema';
import type { ObjectionRow } from '../../db/schema/objections';
import type { Deps } from '../deps';
import type { Lang } from '../i18n';
import { requestFacts, signerLetterInfo } from '../documents/case-data';
import { type IssuedDocument, storeIssuedDocument } from '../documents/issue';
import { letterheadFor } from '../documents/letterhead';
import { nextLetterNumber } from '../documents/letter-number';
import { renderObjectionDecision } from '../documents/objection-decision';
import { renderObjectionReceipt } from '../documents/objection-receipt';
import { withFonts } from '../documents/fonts';
import { verificationUrl } from '../documents/verification';
import type { Actor } from '../../workflows/request.events';
import type { ObjectionContext } from '../../workflows/objection.machine';
import type { ObjectionDeadlines } from './objection-deadlines';

const languagesFor = (lang: string): Lang[] => (lang === 'en' ? ['id', 'en'] : ['id']);
const ZONES: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** The case, and the letter dated, placed and headed where its signer sits (Jakarta for the atasan PPID), not where the request was received. */
async function load(trx: Trx, deps: Deps, objection: ObjectionRow, at: string, signerId: string | null, letterNumber: string | null) {
  const caseRow: CaseRow = await trx.selectFrom('cases').selectAll().where('id', '=', objection.case_id).executeTakeFirstOrThrow();
  const { letter, unitCode } = await signerLetterInfo(trx, deps, at, signerId, letterNumber);
  return { caseRow, letter, letterhead: await letterheadFor(trx, unitCode) };
}

export async function issueObjectionReceipt(trx: Trx, deps: Deps, objection: ObjectionRow, actor: Actor, at: string): Promise<IssuedDocument[]> {
  // Keyed in by an officer, the receipt bears their name; on the web it is issued by the system (the PPID Utama).
  const { caseRow, letter, letterhead } = await load(trx, deps, objection, objection.received_at, actor.kind === 'user' ? actor.id : null, null);
  const deadlines = JSON.parse(objection.deadlines) as ObjectionDeadlines;
  const [date = '', time = ''] = deadlines.atasanResponse.receivedLocal.split(' ');
  const tz = deadlines.atasanResponse.calendar.timeZone;
  const issued: IssuedDocument[] = [];
  for (const lang of languagesFor(objection.lang)) {
    const request = await requestFacts(trx, caseRow, lang);
    const id = crypto.randomUUID();
    const bytes = await withFonts(() =>
      renderObjectionReceipt(
        {
          objectionNumber: objection.objection_number,
          registrationNumber: caseRow.registration_number,
          receivedDate: date,
          receivedTime: `${lang === 'id' ? time.replace(':', '.') : time} ${ZONES[tz] ?? `(${tz})`}`,
          requester: { name: request.requester.name, address: request.requester.address },
          information: request.information,
          purpose: request.purpose,
          grounds: JSON.parse(objection.grounds) as string[],
          reason: objection.reason,
          responseDue: objection.response_due,
          letter,
        },
        { lang, letterhead, verifyUrl: verificationUrl(deps.config, id) },
      ),
    );
    issued.push(
      await storeIssuedDocument(trx, deps.blobs, {
        id,
        caseId: caseRow.id,
        registrationNumber: objection.objection_number,
        kind: 'objection_receipt',
        lang,
        bytes,
        letterNumber: null,
        refId: objection.id,
        actor,
        at,
      }),
    );
  }
  return issued;
}

/** The atasan's written response: upheld or overturned (a refusal as out of time is answered by its reasons in the e-mail and the register). */
export async function issueObjectionDecision(
  trx: Trx,
  deps: Deps,
  objection: ObjectionRow,
  ctx: ObjectionContext,
  actor: Actor,
  at: string,
): Promise<IssuedDocument[]> {
  const decision = ctx.decision;
  if (!decision || decision.outcome === 'rejected_late') return [];
  const outcome = decision.outcome;
  const deadlines = JSON.parse(objection.deadlines) as ObjectionDeadlines;
  const letterNumber = await nextLetterNumber(trx, 'objection_decision', decision.on);
  const { caseRow, letter, letterhead } = await load(trx, deps, objection, at, actor.id, letterNumber);
  const issued: IssuedDocument[] = [];
  for (const lang of languagesFor(objection.lang)) {
    const request = await requestFacts(trx, caseRow, lang);
    const id = crypto.randomUUID();
    const bytes = await withFonts(() =>
      renderObjectionDecision(
        {
          objectionNumber: objection.objection_number,
          registrationNumber: caseRow.registration_number,
          requester: { name: request.requester.name, address: request.requester.address },
          receivedDate: deadlines.atasanResponse.receivedLocal.slice(0, 10),
          grounds: ctx.grounds,
          reason: objection.reason,
          outcome,
          reasons: decision.reasons,
          instruction: decision.instruction ?? undefined,
          disputeDue: deadlines.disputeWindow.due,
          letter,
        },
        { lang, letterhead, verifyUrl: verificationUrl(deps.config, id) },
      ),
    );
    issued.push(
      await storeIssuedDocument(trx, deps.blobs, {
        id,
        caseId: caseRow.id,
        registrationNumber: objection.objection_number,
        kind: 'objection_decision',
        lang,
        bytes,
        letterNumber,
        refId: objection.id,
        actor,
        at,
      }),
    );
  }
  return issued;
}
