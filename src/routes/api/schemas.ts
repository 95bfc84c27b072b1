/**
 * Response schemas shared by several routes: deadlines as they are explained, the case and the
 * objection as officers and requesters read them. Each named schema (`.openapi('Name')`) is one
 * component of the document, and the name a generated client gives the type. The handlers are typed
 * by these schemas (contract.ts): a view that changes its shape without its schema is a type error.
 */
import { z } from '@hono/zod-openapi';
import { instant, localDate, orNull } from './contract';

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();
/** A part of the workflow's context (XState), passed through as the machine keeps it. */
const contextPart = (description: string) => z.looseObject({}).describe(description);

export const calendarRef = z.object({ code: z.string(), version: z.number().int(), timeZone: z.string() });

export const skippedDaySchema = z.object({
  date: localDate(),
  reason: z.enum(['weekend', 'libur_nasional', 'cuti_bersama', 'host_holiday', 'office_closure', 'working_day']),
  nameId: z.string().optional(),
  nameEn: z.string().optional(),
});

/** A computed deadline with everything that explains it (src/calendar/types.ts DeadlineExplanation). */
export const deadlineExplanationSchema = z
  .looseObject({
    period: z.string().describe('notice, notice_extended, objection_window, atasan_response, dispute_window, unit_target, …'),
    workingDays: z.number().int().describe('The statutory length in working days'),
    startInstant: instant(),
    receivedLocal: z.string().describe('YYYY-MM-DD HH:MM in the calendar’s time zone'),
    day0: localDate(),
    day0Rolled: z.enum(['non_working_day', 'after_hours']).nullable(),
    due: localDate(),
    dueAt: instant().describe('End of the due local day'),
    calendar: calendarRef,
    skipped: z.array(skippedDaySchema),
    pauses: z.array(z.object({ from: localDate(), to: localDate(), workingDaysAdded: z.number().int() })),
    extension: z.object({ workingDays: z.number().int(), reason: z.string(), from: localDate() }).optional(),
    provisional: z.object({ knownUntil: localDate() }).optional().describe('Counted past the known holiday list: to be counted again'),
    conservative: z.object({ due: localDate(), dueAt: instant() }).optional().describe('The earlier date had cuti bersama counted as working (kip-rules §5.3)'),
  })
  .openapi('DeadlineExplanation');

/** A deadline with how it was counted, in the caller's language. */
export const deadlineSchema = deadlineExplanationSchema.extend({ text: z.string().describe('How the date was counted') }).openapi('Deadline');

export const caseDeadlinesSchema = z
  .object({
    noticeDue: localDate(),
    jakartaNoticeDue: localDate().optional().describe('A mission’s request: the Jakarta deadline in force (kip-rules §5.4)'),
    jakarta: z.object({ notice: deadlineSchema, noticeExtended: deadlineSchema.optional(), noticeReopened: deadlineSchema.optional() }).optional(),
    first: z.object({ due: localDate(), dueAt: instant(), calendar: calendarRef }).describe('Whichever comes first; alerts follow it'),
    safeNoticeDue: nullable(localDate()),
    provisional: z.boolean(),
    notice: deadlineSchema,
    noticeExtended: deadlineSchema.optional(),
    noticeReopened: deadlineSchema.optional(),
    unitTargets: z.record(z.string(), deadlineSchema).optional(),
  })
  .openapi('CaseDeadlines');

const publicDocumentSchema = z.object({ id: z.string(), kind: z.string(), lang: z.string(), filename: z.string(), issued_at: instant() });

const objectionDeadlinesSchema = z.record(z.string(), deadlineSchema).describe('objectionWindow, atasanResponse, disputeWindow, ppidAnswer, …');

/** The receipt of a filed request (tanda bukti penerimaan). */
export const receiptSchema = z
  .object({
    id: z.string(),
    registrationNumber: z.string(),
    trackingCode: z.string().describe('Shown once; only its hash is stored'),
    receivedAt: instant(),
    status: z.string(),
    unit: z.string(),
    deadlines: z.object({ noticeDue: z.string().describe('Local date YYYY-MM-DD'), noticeDueAt: z.string() }),
    links: z.object({ receipt: z.string(), track: z.string() }),
  })
  .openapi('Receipt');

/** An objection as its requester sees it on the tracking page. */
export const publicObjectionSchema = z.object({
  objectionNumber: z.string(),
  receivedAt: instant(),
  status: z.string(),
  statusLabel: z.string(),
  grounds: z.array(z.object({ letter: z.string(), legal: z.string(), plain: z.string() })),
  late: z.boolean(),
  overdue: z.boolean(),
  responseDue: localDate(),
  deadlines: z.object({ atasanResponse: deadlineSchema.optional(), disputeWindow: deadlineSchema.optional(), ppidAnswer: deadlineSchema.optional() }),
  decision: z
    .object({ outcome: z.string(), outcomeLabel: z.string(), reasons: z.string(), instruction: z.string().nullable().optional(), on: localDate() })
    .nullable(),
  settlement: z.object({ agreement: z.string(), on: localDate() }).nullable(),
  dispute: z
    .object({
      commission: z.string(),
      registrationNumber: z.string(),
      filedOn: localDate(),
      stage: z.string().nullable(),
      stageLabel: z.string().nullable(),
    })
    .nullable(),
});

/** What a requester reads when tracking a request: no internal detail. */
export const trackingSchema = z
  .object({
    registrationNumber: z.string(),
    status: z.string(),
    statusLabel: z.string(),
    overdue: z.boolean(),
    receivedAt: instant(),
    unit: z.object({ code: z.string(), name: z.string().optional() }),
    information: z.string(),
    deadlines: caseDeadlinesSchema,
    clarification: z.object({ message: z.string(), requestedAt: instant() }).nullable(),
    decision: z
      .object({
        outcome: z.string(),
        outcomeLabel: z.string(),
        at: instant(),
        exemptions: z.array(z.looseObject({ letter: z.string() })).optional(),
        holder: z.unknown().optional(),
      })
      .nullable(),
    timeline: z.array(z.object({ event: z.string(), at: instant(), status: z.string().nullable() })),
    documents: z.array(publicDocumentSchema).describe('Download with GET /api/v1/requests/{number}/documents/{id}'),
    availableActions: z.array(z.string()).describe("'object' while the requester may file an objection"),
    objectionWindow: orNull(deadlineSchema.extend({ passed: z.boolean() })),
    objections: z.array(publicObjectionSchema),
  })
  .openapi('Tracking');

/** The requester: only `type` for roles that do not need personal data. */
export const requesterSchema = z
  .object({
    type: z.string(),
    name: z.string().optional(),
    nik: z.string().nullable().optional(),
    passportNumber: z.string().nullable().optional(),
    legalEntityNumber: z.string().nullable().optional(),
    email: z.string().nullable().optional(),
    phone: z.string().nullable().optional(),
    address: z.string().nullable().optional(),
    occupation: z.string().nullable().optional(),
    identityDocuments: z
      .array(z.object({ id: z.string(), kind: z.string(), contentType: z.string(), size: z.number().int(), uploadedAt: instant() }))
      .optional(),
  })
  .describe('Name, NIK, contact only for the PPID, the units and the atasan PPID')
  .openapi('Requester');

/** One case as an officer reads it. */
export const officerCaseSchema = z
  .object({
    id: z.string(),
    registrationNumber: z.string(),
    version: z.number().int().describe('Send it back as expectedVersion'),
    status: z.string(),
    statusLabel: z.string(),
    clock: z.string().nullable().describe('Which clock runs: the PPID’s, the requester’s (clarification), or none'),
    overdue: z.boolean(),
    extended: z.boolean(),
    outcome: z.string().nullable(),
    outcomeLabel: z.string().nullable(),
    channel: z.string(),
    receivedAt: instant(),
    receivedUnit: z.string(),
    assignedUnit: z.string().nullable(),
    request: z.object({ information: z.string(), purpose: z.string(), obtainMethod: z.string(), deliveryMethod: z.string(), lang: z.string() }),
    requester: requesterSchema,
    deadlines: caseDeadlinesSchema,
    assignments: z.array(contextPart('An assignment to a unit')),
    reopened: z.array(contextPart('A reopening after an objection, with the decision it replaced')),
    clarification: contextPart('The clarification asked of the requester').nullable(),
    extension: contextPart('The extension with its written reasons (Art. 22(8))').nullable(),
    decision: contextPart('The decision: outcome, exemptions, consequence test, …').nullable(),
    delivery: contextPart('How the information was delivered').nullable(),
    availableEvents: z.array(z.string()).describe('The events the workflow accepts from the caller now'),
    timeline: z.array(
      z.object({
        seq: z.number().int(),
        event: z.string(),
        from: z.string().nullable(),
        to: z.string().nullable(),
        at: instant(),
        actor: z.string(),
        actorRole: z.string().nullable(),
        data: z.record(z.string(), z.unknown()),
      }),
    ),
    documents: z.array(publicDocumentSchema.extend({ sha256: z.string(), public: z.boolean() })),
  })
  .openapi('Case');

export const consequenceTestSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    information: z.string(),
    document: z.string().nullable(),
    publicTitle: z.string().nullable(),
    publicConsequence: z.string().nullable(),
    exemptions: z.array(z.object({ letter: z.string(), statute: z.string().optional() })),
    harm: z.string(),
    publicInterest: z.string(),
    conclusion: z.string(),
    period: z.string().nullable(),
    exemptUntil: localDate().nullable(),
    reviewOn: localDate().nullable(),
    origin: z.string(),
    unit: z.string(),
    decidedBy: z.object({ id: z.string().nullable(), name: z.string().nullable(), position: z.string().nullable() }),
    decidedOn: localDate(),
    classificationNumber: z.string().nullable(),
    classificationDate: localDate().nullable(),
    status: z.string(),
    revokedAt: instant().nullable(),
    revokedReason: z.string().nullable(),
    sourceCaseId: z.string().nullable(),
    inForce: z.boolean(),
    inDik: z.boolean(),
  })
  .openapi('ConsequenceTest');

/** One objection as the atasan PPID and the officers read it. */
export const officerObjectionSchema = z
  .object({
    id: z.string(),
    objectionNumber: z.string(),
    version: z.number().int().describe('Send it back as expectedVersion'),
    status: z.string(),
    statusLabel: z.string(),
    disputeStage: z.string().nullable(),
    disputeStageLabel: z.string().nullable(),
    late: z.boolean(),
    overdue: z.boolean(),
    outcome: z.string().nullable(),
    outcomeLabel: z.string().nullable(),
    channel: z.string(),
    receivedAt: instant(),
    receivedLocal: z.object({ date: localDate(), time: z.string(), timeZone: z.string() }),
    grounds: z.array(z.object({ letter: z.string(), legal: z.string(), plain: z.string() })),
    reason: z.string(),
    deadlines: objectionDeadlinesSchema,
    lateReview: contextPart('The review of a late objection').nullable(),
    settlement: contextPart('A settlement by agreement').nullable(),
    decision: contextPart('The atasan PPID’s decision with its reasons').nullable(),
    reaction: contextPart('The requester’s reaction to the decision').nullable(),
    dispute: z
      .looseObject({
        commission: z.string(),
        registrationNumber: z.string(),
        filedOn: localDate(),
        stages: z.array(z.looseObject({ stage: z.string(), stageLabel: z.string(), on: localDate() })),
      })
      .nullable(),
    availableEvents: z.array(z.string()),
    availableStages: z.array(z.string()),
    request: z.object({
      id: z.string(),
      registrationNumber: z.string(),
      version: z.number().int(),
      status: z.string(),
      statusLabel: z.string(),
      receivedAt: instant(),
      receivedUnit: z.string(),
      information: z.string(),
      purpose: z.string(),
      noticeDue: localDate(),
      overdueAt: instant().nullable(),
      requester: requesterSchema,
      reopened: z.array(z.object({ at: instant(), instruction: z.string().nullable().optional() })),
    }),
    notice: contextPart('The PPID’s notice the objection is about, with its outcome label').nullable(),
    consequenceTests: z.array(consequenceTestSchema),
    documents: z.array(publicDocumentSchema),
    timeline: z.array(
      z.object({
        seq: z.number().int(),
        event: z.string(),
        to: z.string().nullable(),
        at: instant(),
        actor: z.string().nullable(),
        actorRole: z.string().nullable(),
      }),
    ),
  })
  .openapi('Objection');

/**
 * A workflow event: `type`, the `expectedVersion` read last, and the event's own fields. The route
 * parses it itself (an unknown type is its own field error), so the schema is documentation only.
 */
export function commandBody(types: readonly string[], schemas: Record<string, unknown>) {
  return z.union(
    types.map((type) =>
      (schemas[type] as z.ZodType).and(
        z.object({
          type: z.literal(type),
          expectedVersion: z.number().int().min(1),
        }),
      ),
    ) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]],
  );
}
