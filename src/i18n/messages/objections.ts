/** Error and field messages of: Objections, disputes, consequence tests, DIK/DIP (issue 7). Keys must be unique across all message files. */
export const objectionsMessages = {} as const satisfies Record<string, { id: string; en: string }>;
