/** The national calendar (kalender nasional): weekends, national holidays and cuti bersama of Indonesia. */
export const NATIONAL_CALENDAR_CODE = 'ID-NATIONAL';
