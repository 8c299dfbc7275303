import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format.ts';

describe('formatDateTime', () => {
  it('shows Norwegian time whatever the machine’s time zone', () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July in Oslo (summer time, UTC+2).
    expect(formatDateTime('nb', '2026-06-30T22:30:00.000Z')).toBe('1. juli 2026, 00:30');
    expect(formatDateTime('en', '2026-06-30T22:30:00.000Z')).toBe('1 Jul 2026, 00:30');
    // Winter time, UTC+1.
    expect(formatDateTime('nn', '2026-01-15T11:00:00.000Z')).toContain('12:00');
  });
});
