/** Error and field messages of: Calendar administration and recomputation (issue 3). Keys must be unique across all message files. */
export const calendarAdminMessages = {} as const satisfies Record<string, { id: string; en: string }>;
