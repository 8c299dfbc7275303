import markdownIt, { type MarkdownIt, type StateCore, type Token } from 'markdown-it';

/**
 * Markdown for the sections of a practice example. The text is written by
 * municipal staff and shown to the public, so the HTML that comes out must be
 * safe whatever goes in:
 *
 * - raw HTML is never passed through (`html: false`): it shows as text;
 * - links only to http:, https:, mailto: or a root-relative path on our own
 *   site; anything else (javascript:, data:, `//host`, obfuscated schemes)
 *   stays plain text. Links get rel="noopener noreferrer" and no target:
 *   a new window disorients screen-reader users;
 * - images only from our attachments (`/vedlegg/…`); any other image becomes
 *   its alt text (the CSP would block it anyway);
 * - headings shift down two levels (`#` → h3) under the page's own h1/h2;
 * - every element gets only attributes from a short list, so no style or
 *   event-handler attribute can appear (table alignment becomes a class).
 */

/** The attributes markdown-it may emit that we keep; everything else is dropped. */
const ALLOWED_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'rel', 'class', 'start']);
const ATTACHMENT_PREFIX = '/vedlegg/';
const HEADING_SHIFT = 2;

/** Percent-decodes what it can; a malformed escape is kept as it is. */
function decodeLoosely(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** C0 control characters and DEL, which have no business in a URL. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * The links we allow, checked after markdown-it has decoded entities and
 * percent-encoded the URL (so a tab or newline inside `javascript:` is now
 * `%09` and no longer reads as a scheme, but also no longer as http).
 */
export function isAllowedHref(url: string): boolean {
  if (/^(?:https?:\/\/[^/\\]|mailto:[^/\\])/i.test(url)) return true;
  // A root-relative path on our own site, but not `//host` or `/\host`,
  // which browsers read as another host (also when the slash is encoded).
  const decoded = decodeLoosely(url);
  return /^\/(?![/\\])/.test(decoded) && !hasControlCharacter(decoded);
}

/** An image from our own attachments, with no `..` segment that could climb out of them. */
export function isAttachmentSrc(src: string): boolean {
  if (!src.startsWith(ATTACHMENT_PREFIX)) return false;
  const path = decodeLoosely(src.split(/[?#]/, 1)[0] ?? '');
  if (path.includes('\\') || hasControlCharacter(path)) return false;
  return path.split('/').every((segment) => segment !== '.' && segment !== '..');
}

/** Walks a token stream, including the inline children of each block. */
function eachToken(tokens: Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if (token.children) eachToken(token.children, visit);
  }
}

/** Core rule run after parsing: shift headings, mark links, keep only allowed attributes. */
function harden(state: StateCore): void {
  eachToken(state.tokens, (token) => {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const level = Number(token.tag.slice(1));
      token.tag = `h${Math.min(6, level + HEADING_SHIFT)}`;
    }
    if (token.type === 'th_open' || token.type === 'td_open') {
      const style = token.attrGet('style');
      const align = typeof style === 'string' ? /^text-align:(left|right|center)$/.exec(style)?.[1] : undefined;
      if (align) token.attrJoin('class', `align-${align}`);
    }
    if (token.type === 'link_open') token.attrSet('rel', 'noopener noreferrer');
    if (token.attrs) token.attrs = token.attrs.filter(([name]) => ALLOWED_ATTRIBUTES.has(name));
  });
}

function createRenderer(): MarkdownIt {
  const md = markdownIt('default', {
    html: false,
    linkify: true,
    typographer: false,
    // Staff write in a plain text box and expect a new line to stay one.
    breaks: true,
  });
  md.validateLink = isAllowedHref;
  md.core.ruler.push('knutepunkt_harden', harden);

  // Images: our own attachments are shown; any other image is only its alt text.
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const src = token.attrGet('src');
    if (typeof src !== 'string' || !isAttachmentSrc(src)) return md.utils.escapeHtml(alt);
    token.attrSet('alt', alt);
    return self.renderToken(tokens, idx, options);
  };
  return md;
}

/**
 * Created once, on first use: building the parser is the expensive part, and
 * creating it lazily lets bundlers leave markdown-it out of pages that never
 * render Markdown (the package is marked side-effect free).
 */
let markdown: MarkdownIt | undefined;
function renderer(): MarkdownIt {
  return (markdown ??= createRenderer());
}

/** Safe HTML for one section of a practice example. */
export function renderMarkdown(source: string): string {
  return renderer().render(source);
}

/** Block-level tokens whose end separates text (paragraphs, headings, list items, table rows). */
const BLOCK_ENDS = new Set([
  'paragraph_close',
  'heading_close',
  'list_item_close',
  'tr_close',
  'blockquote_close',
  'code_block',
  'fence',
  'hr',
]);

/** The text of inline tokens without markup; images give their alt text. */
function inlineText(tokens: Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += ' ';
    else if (token.type === 'image') text += inlineText(token.children ?? []);
  }
  return text;
}

/**
 * The text of a section without markup, for the search index, summaries and
 * feeds: one line per paragraph, heading, list item or table row, spaces
 * collapsed. It is text, not HTML: whoever puts it in HTML or XML escapes it
 * (raw HTML in the source comes out as the literal characters).
 */
export function markdownToPlainText(source: string): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  for (const token of renderer().parse(source, {})) {
    if (token.type === 'inline') current += `${current ? ' ' : ''}${inlineText(token.children ?? [])}`;
    else if (token.type === 'code_block' || token.type === 'fence') current += token.content;
    if (BLOCK_ENDS.has(token.type)) flush();
  }
  flush();
  return lines.join('\n');
}
