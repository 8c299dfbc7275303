import { describe, expect, test } from 'vitest';
import { QUOTE_CHECKS, checkQuote, quoteIsPublishable } from './quotes.ts';

describe('quotes outside the team', () => {
  test('only a clear or overridden quote is publishable', () => {
    expect(QUOTE_CHECKS.filter(quoteIsPublishable)).toEqual(['clear', 'overridden']);
    expect(quoteIsPublishable('flagged')).toBe(false);
  });

  test('a quote with nothing that points to a person is clear', () => {
    expect(checkQuote('Det var godt å bli tatt imot av noen som har vært der selv.')).toEqual({
      check: 'clear',
      checkKinds: [],
    });
    expect(checkQuote('Eg kjende meg velkomen frå første dag.')).toEqual({ check: 'clear', checkKinds: [] });
  });

  test('a quote with a name, an age or a phone number is flagged with the kinds, once each and sorted', () => {
    const result = checkQuote('Jeg snakket med Kari, hun er 34 år, og senere med Per på 41 år. Ring 912 34 567.');
    expect(result.check).toBe('flagged');
    expect(result.checkKinds).toEqual(['age', 'name', 'phone']);
    // The kinds only, never the words.
    expect(JSON.stringify(result)).not.toContain('Kari');
  });
});
