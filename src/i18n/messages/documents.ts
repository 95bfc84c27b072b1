/** Error and field messages of: Documents and e-mail delivery (issue 6). Keys must be unique across all message files. */
export const documentsMessages = {} as const satisfies Record<string, { id: string; en: string }>;
