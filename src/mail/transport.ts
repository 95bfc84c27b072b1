/**
 * Where e-mail goes: Resend when RESEND_API_KEY is set; otherwise the local mailbox, which keeps
 * every message in the outbox table itself (marked sent) for administrators to read on
 * /admin/outbox — what the quick start shows. Both sit behind one interface, so the tests replace
 * only the outside world: a fake Resend server on 127.0.0.1.
 */
import { Resend } from 'resend';
import type { Config } from '../config';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  attachments: Array<{ filename: string; content: Buffer }>;
}

export type SendResult =
  | { ok: true; providerId: string }
  /** `permanent`: retrying the same message cannot succeed (e.g. an invalid address). */
  | { ok: false; error: string; permanent: boolean };

export interface MailTransport {
  readonly name: 'resend' | 'local';
  /** The idempotency key is the outbox row's id: a repeated send of the same row is one e-mail. */
  send(mail: OutgoingMail, idempotencyKey: string): Promise<SendResult>;
}

export function localTransport(): MailTransport {
  return { name: 'local', send: async (_mail, key) => ({ ok: true, providerId: `local:${key}` }) };
}

/** Resend's error names for a message that can never be accepted as it is. */
const PERMANENT = new Set(['validation_error', 'missing_required_field', 'invalid_attachment', 'invalid_from_address', 'invalid_parameter']);

export function resendTransport(options: { apiKey: string; baseUrl?: string | undefined }): MailTransport {
  const client = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  return {
    name: 'resend',
    async send(mail, idempotencyKey) {
      const { data, error } = await client.emails.send(
        {
          from: mail.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.attachments.length > 0 ? { attachments: mail.attachments.map((a) => ({ filename: a.filename, content: a.content })) } : {}),
        },
        { idempotencyKey },
      );
      if (error || !data) {
        const e = (error ?? {}) as { name?: string; message?: string; statusCode?: number | null };
        const status = e.statusCode ? ` (HTTP ${e.statusCode})` : '';
        return { ok: false, error: `${e.name ?? 'error'}: ${e.message ?? 'no response'}${status}`, permanent: PERMANENT.has(e.name ?? '') };
      }
      return { ok: true, providerId: data.id };
    },
  };
}

export function transportFromConfig(config: Pick<Config, 'RESEND_API_KEY' | 'RESEND_BASE_URL'>): MailTransport {
  return config.RESEND_API_KEY ? resendTransport({ apiKey: config.RESEND_API_KEY, baseUrl: config.RESEND_BASE_URL }) : localTransport();
}
