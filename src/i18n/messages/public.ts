/** Error and field messages of: Citizen web: identity documents, rate limits (issue 4). Keys must be unique across all message files. */
export const publicMessages = {} as const satisfies Record<string, { id: string; en: string }>;
