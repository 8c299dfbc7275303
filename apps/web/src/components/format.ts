import { COUNTIES, INTL_LOCALES, type CountyCode, type Locale } from '@knutepunkt/domain';

/** Dates are shown in Norwegian time whatever the device's zone (DESIGN.md: Time). */
export function formatDate(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'long',
    timeZone: 'Europe/Oslo',
  }).format(new Date(iso));
}

export function countyName(code: string | null | undefined): string | null {
  if (!code) return null;
  return code in COUNTIES ? COUNTIES[code as CountyCode] : null;
}

/** "Trondheim, Trøndelag": the place parts that are known. */
export function placeOf(org: { municipality: string | null; county: string | null }): string | null {
  const parts = [org.municipality, countyName(org.county)].filter((p): p is string => !!p);
  // A municipality named like its county ("Oslo, Oslo") is said once.
  const unique = parts.filter((p, i) => parts.indexOf(p) === i);
  return unique.length > 0 ? unique.join(', ') : null;
}

/** The counties in alphabetical order (Norwegian collation), for select fields. */
export function countyOptions(): Array<{ value: string; label: string }> {
  return Object.entries(COUNTIES)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nb'));
}
