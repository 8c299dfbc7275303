import type { INTL_LOCALES, MessageParams, ReportMessageKey } from '@knutepunkt/domain';
import { useI18n } from '../i18n/use-i18n.ts';

/** The keys the report's components use: messages/evaluations/shared-report.ts, which both apps' catalogues hold. */
export type ReportViewKey = ReportMessageKey;
export type ReportText = (key: ReportViewKey, params?: MessageParams) => string;
export type ReportHeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * `t` for the report's own keys. packages/ui is type-checked with only the common keys (see
 * i18n/register.ts); the report's keys live in a shared file, which the layout test keeps in
 * both apps' catalogues, so the one cast here is safe in either app.
 */
export function useReportText(): { text: ReportText; locale: keyof typeof INTL_LOCALES } {
  const { t, locale } = useI18n();
  return { text: t as unknown as ReportText, locale };
}
