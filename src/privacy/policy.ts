/** What the privacy notice promises, from the settings that make it true (retention, contact). */
import type { Config } from '../config';
import type { Lang } from '../i18n';

export interface PrivacyPolicy {
  retentionMonths: number;
  contact: string;
}

export const privacyPolicyOf = (config: Config): PrivacyPolicy => ({
  retentionMonths: config.PERSONAL_DATA_RETENTION_MONTHS,
  contact: config.PRIVACY_CONTACT,
});

/** "5 tahun" / "5 years", "18 bulan" / "18 months". */
export function retentionWords(months: number, lang: Lang): string {
  if (months % 12 === 0) {
    const years = months / 12;
    return lang === 'id' ? `${years} tahun` : `${years} year${years === 1 ? '' : 's'}`;
  }
  return lang === 'id' ? `${months} bulan` : `${months} month${months === 1 ? '' : 's'}`;
}
