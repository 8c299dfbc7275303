import { COUNTIES, INTL_LOCALES, type CountyCode, type Locale } from '@knutepunkt/domain';

/** Times are stored as UTC instants and always shown in Norwegian time, whatever the machine's zone. */
export const TIME_ZONE = 'Europe/Oslo';

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDateTime(locale: Locale, value: string | Date): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
      timeZone: TIME_ZONE,
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    dateTimeFormats.set(locale, format);
  }
  return format.format(new Date(value));
}

export function formatDate(locale: Locale, value: string | Date): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeZone: TIME_ZONE, dateStyle: 'medium' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(value));
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale]).format(value);
}

/** A county's name from its official number; an unknown code is shown as it is. */
export function countyName(code: string | null | undefined): string | null {
  return code ? (COUNTIES[code as CountyCode] ?? code) : null;
}

export function countyNames(codes: readonly string[]): string {
  return codes.map((code) => countyName(code)).join(', ');
}
