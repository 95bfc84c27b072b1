/** What the domain refuses, each mapped to one HTTP status by the routes. */
import type { MessageKey } from '../i18n';

export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    /** Field path → message key, for 400s that name the fields. */
    readonly fields: Record<string, MessageKey> = {},
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

export const notFound = () => new DomainError(404, 'not_found', 'not_found');
export const forbidden = () => new DomainError(403, 'forbidden', 'forbidden');
export const invalidField = (field: string, key: MessageKey) => new DomainError(400, 'invalid_input', 'invalid_input', {}, { [field]: key });
export const eventNotAllowed = (event: string, allowed: string[]) => new DomainError(409, 'event_not_allowed', 'event_not_allowed', { event }, {}, { allowed });
export const versionConflict = (currentVersion: number) => new DomainError(409, 'version_conflict', 'version_conflict', {}, {}, { currentVersion });
