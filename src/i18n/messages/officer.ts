/** Error and field messages of: Officer workspace: notes, notifications, TOTP, assignments (issue 5). Keys must be unique across all message files. */
export const officerMessages = {} as const satisfies Record<string, { id: string; en: string }>;
