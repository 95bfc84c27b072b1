/** Every statutory period as data: its length in working days (hari kerja) and its legal source. */
export const PERIODS = {
  notice: { workingDays: 10, source: 'UU 14/2008 Pasal 22 ayat (7)' },
  extension: { workingDays: 7, source: 'UU 14/2008 Pasal 22 ayat (8)' },
  objectionWindow: { workingDays: 30, source: 'UU 14/2008 Pasal 36 ayat (1)' },
  atasanResponse: { workingDays: 30, source: 'UU 14/2008 Pasal 36 ayat (2)' },
  disputeWindow: { workingDays: 14, source: 'UU 14/2008 Pasal 37 ayat (2)' },
  commissionStart: { workingDays: 14, source: 'UU 14/2008 Pasal 38 ayat (1)' },
  commissionSettleTarget: { workingDays: 100, source: 'UU 14/2008 Pasal 38 ayat (2)' },
} as const;
