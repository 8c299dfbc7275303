// Characters XML 1.0 does not allow at all: most C0 controls, U+FFFE/U+FFFF, and
// (with the u flag, which keeps well-formed pairs whole) lone surrogates.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\p{Cs}]/gu;

/**
 * Text put into XML or HTML written as strings (the Atom feed, the sitemap, the head of a
 * server-rendered page): for an element's content or an attribute's value in double quotes.
 */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
