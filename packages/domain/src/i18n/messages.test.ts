import { describe, expect, test } from 'vitest';
import { commonMessages } from './catalogues/common.ts';
import { messages, translate } from './catalogues/all.ts';
import { formatMessage, messagesFor } from './format.ts';
import { LOCALES, localeFromAcceptLanguage } from './index.ts';

/** The type system demands all three languages; this checks none is blank, and placeholders match. */
describe('interface strings', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  test.each(Object.entries(messages))('%s is written in bokmål, nynorsk and English', (_key, entry) => {
    for (const locale of LOCALES) expect(entry[locale].trim()).not.toBe('');
    expect(placeholders(entry.nn)).toEqual(placeholders(entry.nb));
    expect(placeholders(entry.en)).toEqual(placeholders(entry.nb));
  });

  test('translate fills placeholders and returns unknown keys visibly', () => {
    expect(translate('nn', 'validation.tooLong', { max: 5 })).toBe('Teksten er for lang (høgst 5 teikn).');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  test('messagesFor picks one language, and formatMessage translates from it as translate does', () => {
    const nn = messagesFor(commonMessages, 'nn');
    expect(Object.keys(nn)).toEqual(Object.keys(commonMessages));
    expect(nn['ui.skipLink']).toBe('Hopp til hovudinnhaldet');
    expect(formatMessage(nn, 'validation.tooLong', { max: 5 })).toBe(translate('nn', 'validation.tooLong', { max: 5 }));
    expect(formatMessage(nn, 'no.such.key')).toBe('no.such.key');
    expect(formatMessage(nn, 'constructor')).toBe('constructor');
  });

  test('the browser language picks the interface language', () => {
    expect(localeFromAcceptLanguage('nn-NO,nn;q=0.9')).toBe('nn');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('no,en;q=0.5')).toBe('nb');
    expect(localeFromAcceptLanguage('de-DE')).toBe('nb');
    expect(localeFromAcceptLanguage(undefined)).toBe('nb');
  });
});
