/**
 * A client of the API, typed only by what openapi-typescript generates from the document
 * (npm run openapi:lint writes test-artifacts/openapi/schema.d.ts, then type-checks this file).
 * It fails to compile when the document stops describing what a client relies on: the filing
 * body, the receipt, tracking, the officer's case and its events, and the error body.
 */
import type { components, operations, paths } from '../test-artifacts/openapi/schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

type FilingBody = Json<NonNullable<operations['fileRequest']['requestBody']>>;
type Receipt = Json<operations['fileRequest']['responses'][201]>;
type Tracking = Json<paths['/api/v1/requests/{number}']['get']['responses'][200]>;
type Case = components['schemas']['Case'];
type ApiError = components['schemas']['Error'];

const filing: FilingBody = {
  requester: { type: 'individual', name: 'Andi Pratama', nik: '3171012304900002', address: 'Jl. Cikini Raya 12, Jakarta Pusat' },
  information: 'Salinan perjanjian kerja sama kebudayaan Indonesia–Jepang tahun 2024.',
  purpose: 'Bahan penelitian tesis.',
  obtainMethod: 'copy_soft',
  deliveryMethod: 'email',
};
// @ts-expect-error an obtain method the API does not offer
const wrong: FilingBody = { ...filing, obtainMethod: 'telepathy' };

async function call<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(`https://ppid.invalid${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) {
    const { error }: ApiError = await res.json();
    throw new Error(`${error.code}: ${error.message} ${JSON.stringify(error.fields ?? {})}`);
  }
  return (await res.json()) as T;
}

export async function fileAndTrack() {
  const receipt = await call<Receipt>('POST', '/api/v1/requests', filing);
  const dueDate: string = receipt.deadlines.noticeDue;
  const tracking = await call<Tracking>('GET', `/api/v1/requests/${encodeURIComponent(receipt.registrationNumber)}?code=${receipt.trackingCode}`);
  const status: string = tracking.status;
  const canObject: boolean = tracking.availableActions.includes('object');
  const explained: string = tracking.deadlines.notice.text;
  return { dueDate, status, canObject, explained, wrong };
}

export async function decide(token: string, id: string) {
  const current = await call<Case>('GET', `/api/v1/cases/${id}`, undefined, token);
  const version: number = current.version;
  const events: string[] = current.availableEvents;
  type EventBody = Json<NonNullable<operations['applyCaseEvent']['requestBody']>>;
  const event: EventBody = { type: 'START_REVIEW', expectedVersion: version };
  const after = await call<Case>('POST', `/api/v1/cases/${id}/events`, event, token);
  const documents: Array<{ id: string; sha256: string }> = after.documents;
  return { events, documents };
}
