import { describe, expect, test } from 'vitest';
import {
  ATTACHMENT_LIMITS,
  attachmentPath,
  attachmentProblem,
  displayFileName,
  isPublicAttachment,
} from './attachments.ts';

describe('what may be attached', () => {
  const MB = 1024 * 1024;
  test('by type: images up to 10 MB with a text alternative, PDF up to 20 MB', () => {
    expect(attachmentProblem({ type: 'image/png', size: 10 * MB, altText: 'Et kart' })).toBeNull();
    expect(attachmentProblem({ type: 'image/png', size: 10 * MB + 1, altText: 'Et kart' })).toBe('tooLarge');
    expect(attachmentProblem({ type: 'application/pdf', size: 20 * MB, altText: '' })).toBeNull();
    expect(attachmentProblem({ type: 'application/pdf', size: 20 * MB + 1, altText: '' })).toBe('tooLarge');
    expect(attachmentProblem({ type: 'image/webp', size: 100, altText: '  ' })).toBe('altTextRequired');
    expect(
      attachmentProblem({ type: 'image/gif', size: 100, altText: 'x'.repeat(ATTACHMENT_LIMITS.altText + 1) }),
    ).toBe('altTextTooLong');
    expect(attachmentProblem({ type: null, size: 100, altText: 'x' })).toBe('unsupported');
    expect(attachmentProblem({ type: 'image/png', size: 0, altText: 'x' })).toBe('empty');
  });
});

describe('the name a file is shown under', () => {
  test.each([
    ['rapport.png', 'application/pdf', 'rapport.pdf'],
    ['Årsrapport 2026.PDF', 'application/pdf', 'Årsrapport 2026.pdf'],
    ['../../../etc/passwd', 'image/png', 'passwd.png'],
    ['C:\\Users\\kari\\bilde.jpeg', 'image/jpeg', 'bilde.jpg'],
    ['..', 'image/png', 'vedlegg.png'],
    ['<script>"a"|b?.gif', 'image/gif', 'scriptab.gif'],
    ['tab\there\u0000.png', 'image/png', 'tab here.png'],
  ] as const)('%s as %s is shown as %s', (original, type, shown) => {
    expect(displayFileName(original, type)).toBe(shown);
  });

  test('is bounded, keeping the extension', () => {
    const long = displayFileName(`${'ø'.repeat(500)}.pdf`, 'application/pdf');
    expect(long.length).toBe(ATTACHMENT_LIMITS.fileName);
    expect(long.endsWith('ø.pdf')).toBe(true);
    expect(attachmentPath({ id: 'abc', fileName: 'Årsrapport 2026.pdf' })).toBe(
      '/vedlegg/abc/%C3%85rsrapport%202026.pdf',
    );
  });
});

describe('which attachments the public sees', () => {
  const at = (iso: string) => new Date(iso);
  const published = {
    publishedVersionId: 'v1',
    archivedAt: null,
    latestVersion: { state: 'PUBLISHED' as const, createdAt: at('2026-01-01') },
  };
  test('those of published, not archived, examples', () => {
    expect(isPublicAttachment({ createdAt: at('2026-02-01') }, published)).toBe(true);
    expect(isPublicAttachment({ createdAt: at('2026-02-01') }, { ...published, archivedAt: at('2026-03-01') })).toBe(
      false,
    );
    expect(
      isPublicAttachment(
        { createdAt: at('2026-02-01') },
        { publishedVersionId: null, archivedAt: null, latestVersion: { state: 'DRAFT', createdAt: at('2026-01-01') } },
      ),
    ).toBe(false);
  });
  test('during a revision, those that were there before it; new ones wait for its publication', () => {
    const revising = { ...published, latestVersion: { state: 'IN_REVIEW' as const, createdAt: at('2026-05-01') } };
    expect(isPublicAttachment({ createdAt: at('2026-04-30') }, revising)).toBe(true);
    expect(isPublicAttachment({ createdAt: at('2026-05-02') }, revising)).toBe(false);
  });
});
