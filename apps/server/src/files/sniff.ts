import type { AttachmentType } from '@knutepunkt/domain';

/**
 * A file's type from its first bytes (its "magic number"), never from its
 * name or the type the browser claims. Only the types attachments may have
 * are recognised; anything else (programs, HTML, SVG, which can carry
 * scripts) is null and refused. An .exe called .png is refused; a PDF
 * called .png is a PDF.
 */
const SIGNATURES: Array<{ type: AttachmentType; matches: (b: Uint8Array) => boolean }> = [
  { type: 'image/png', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { type: 'image/gif', matches: (b) => ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a' },
  // RIFF container, then its size, then the WEBP form type.
  { type: 'image/webp', matches: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP' },
  { type: 'application/pdf', matches: (b) => ascii(b, 0, 5) === '%PDF-' },
];

/** The bytes needed to tell every type apart. */
export const SNIFF_BYTES = 12;

export function sniffType(bytes: Uint8Array): AttachmentType | null {
  return SIGNATURES.find((s) => s.matches(bytes))?.type ?? null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((value, i) => bytes[i] === value);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return bytes.length >= to ? String.fromCharCode(...bytes.subarray(from, to)) : '';
}
