import { Window } from 'happy-dom';
import { afterAll, describe, expect, test } from 'vitest';
import { isAllowedHref, isAttachmentSrc, markdownToPlainText, renderMarkdown } from './markdown.ts';
import { XSS_VECTORS as VECTORS } from './markdown-xss-vectors.ts';

/** A real HTML parser: the output is checked as a browser would read it, not only by regex. */
const window = new Window({ settings: { disableJavaScriptFileLoading: true } });
afterAll(() => window.happyDOM.close());

function parse(html: string) {
  return new window.DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

/** What a browser would make of a URL attribute, scheme-wise: control characters and whitespace dropped. */
function scheme(url: string): string {
  return [...url]
    .filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .toLowerCase();
}

const ELEMENTS_WE_EMIT = new Set([
  'p',
  'br',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'em',
  'strong',
  's',
  'a',
  'img',
  'code',
  'pre',
  'blockquote',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
const ATTRIBUTES_WE_EMIT = new Set(['href', 'src', 'alt', 'title', 'rel', 'class', 'start']);

function expectSafe(html: string) {
  // String-level: a literal `<` in the output always opens a real tag, because text is escaped;
  // inside a tag, quoted values (where `"` is escaped) are blanked so only attribute names remain.
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<(iframe|svg|math|base|form|meta|object|embed|link|style|input|button|details)\b/i);
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    const names = tag.replace(/="[^"]*"/g, '=""');
    expect(names).not.toMatch(/\son\w+\s*=/i);
    expect(names).not.toMatch(/\sstyle\s*=/i);
  }

  // Parser-level: every element and attribute as a browser sees them.
  const body = parse(html).body;
  for (const element of body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    expect(ELEMENTS_WE_EMIT, `unexpected <${tag}> in ${html}`).toContain(tag);
    for (const { name, value } of element.attributes) {
      expect(ATTRIBUTES_WE_EMIT, `unexpected ${name}= on <${tag}> in ${html}`).toContain(name);
      expect(name).not.toMatch(/^on/i);
      if (name === 'href' || name === 'src') {
        expect(scheme(value ?? '')).not.toMatch(/^(javascript|vbscript|data|file):/);
        expect(scheme(value ?? '')).not.toMatch(/^[/\\]{2}/);
      }
    }
    if (tag === 'img') expect(element.getAttribute('src') ?? '').toMatch(/^\/vedlegg\//);
    if (tag === 'a') {
      const href = element.getAttribute('href');
      if (href !== null) expect(href).toMatch(/^(https?:\/\/|mailto:|\/(?![/\\]))/);
      expect(element.hasAttribute('target')).toBe(false);
    }
  }
}

describe('renderMarkdown: XSS vectors', () => {
  test('there are enough of them', () => expect(VECTORS.length).toBeGreaterThanOrEqual(25));

  test.each(VECTORS)('%s', (_name, source) => {
    expectSafe(renderMarkdown(source));
  });

  test('raw HTML is shown as text, not dropped silently', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    expect(parse(renderMarkdown('<b>fet</b>')).body.textContent).toBe('<b>fet</b>\n');
  });

  test('a refused link stays as its text, without href', () => {
    const body = parse(renderMarkdown('[klikk her](javascript:alert(1))')).body;
    expect(body.querySelector('a')).toBeNull();
    expect(body.textContent).toContain('klikk her');
  });

  test('a refused image becomes its alt text', () => {
    expect(renderMarkdown('![Logo *Kommune*](https://evil.example/logo.png)')).toBe('<p>Logo Kommune</p>\n');
    expect(renderMarkdown('![](https://evil.example/pixel.png)')).toBe('<p></p>\n');
  });
});

describe('renderMarkdown: what authors may write', () => {
  test('headings shift down under the page’s own h1/h2', () => {
    const html = renderMarkdown(
      '# En\n\n## To\n\n### Tre\n\n#### Fire\n\n###### Seks\n\nSetext\n======\n\nSetext 2\n--------',
    );
    expect(html).toBe(
      '<h3>En</h3>\n<h4>To</h4>\n<h5>Tre</h5>\n<h6>Fire</h6>\n<h6>Seks</h6>\n<h3>Setext</h3>\n<h4>Setext 2</h4>\n',
    );
  });

  test('lists and emphasis', () => {
    expect(renderMarkdown('- *én*\n- **to**\n\n3. tre\n4. fire')).toBe(
      '<ul>\n<li><em>én</em></li>\n<li><strong>to</strong></li>\n</ul>\n<ol start="3">\n<li>tre</li>\n<li>fire</li>\n</ol>\n',
    );
  });

  test('a new line in the text box stays a line break', () => {
    expect(renderMarkdown('linje én\nlinje to')).toBe('<p>linje én<br>\nlinje to</p>\n');
  });

  test('http and https links are kept, with rel and without target', () => {
    expect(renderMarkdown('[Helsedirektoratet](https://www.helsedirektoratet.no/rundskriv?a=1&b=2 "Rundskriv")')).toBe(
      '<p><a href="https://www.helsedirektoratet.no/rundskriv?a=1&amp;b=2" title="Rundskriv" rel="noopener noreferrer">Helsedirektoratet</a></p>\n',
    );
    expect(renderMarkdown('[x](http://example.no/sti)')).toContain(
      '<a href="http://example.no/sti" rel="noopener noreferrer">',
    );
  });

  test('bare web addresses and e-mail addresses become links', () => {
    expect(renderMarkdown('Se https://recovery.no eller skriv til post@kommune.no.')).toBe(
      '<p>Se <a href="https://recovery.no" rel="noopener noreferrer">https://recovery.no</a> eller skriv til ' +
        '<a href="mailto:post@kommune.no" rel="noopener noreferrer">post@kommune.no</a>.</p>\n',
    );
  });

  test('mailto links and root-relative links on our own site are kept', () => {
    expect(renderMarkdown('[Kari](mailto:kari@kommune.no)')).toContain(
      '<a href="mailto:kari@kommune.no" rel="noopener noreferrer">Kari</a>',
    );
    expect(renderMarkdown('[Rapport](/vedlegg/rapport.pdf)')).toContain(
      '<a href="/vedlegg/rapport.pdf" rel="noopener noreferrer">Rapport</a>',
    );
  });

  test('images from our attachments are kept, with alt text', () => {
    expect(renderMarkdown('![Deltakere på *tur* «i fjellet»](/vedlegg/3f2a/tur.jpg)')).toBe(
      '<p><img src="/vedlegg/3f2a/tur.jpg" alt="Deltakere på tur «i fjellet»"></p>\n',
    );
  });

  test('tables, with alignment as a class instead of a style', () => {
    const html = renderMarkdown('| Tiltak | Deltakere |\n| --- | ---: |\n| Turgruppe | 12 |');
    expect(html).toBe(
      '<table>\n<thead>\n<tr>\n<th>Tiltak</th>\n<th class="align-right">Deltakere</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td>Turgruppe</td>\n<td class="align-right">12</td>\n</tr>\n</tbody>\n</table>\n',
    );
    expectSafe(html);
  });

  test('Norwegian quotes and dashes are left as written', () => {
    expect(renderMarkdown('«Ingenting om oss uten oss» -- "sitat"')).toBe(
      '<p>«Ingenting om oss uten oss» -- &quot;sitat&quot;</p>\n',
    );
  });
});

describe('URL rules', () => {
  test.each([
    ['https://example.no', true],
    ['http://example.no/a?b#c', true],
    ['mailto:a@b.no', true],
    ['/vedlegg/a.pdf', true],
    ['/praksis/123', true],
    ['//evil.example', false],
    ['/\\evil.example', false],
    ['/%5Cevil.example', false],
    ['javascript:alert(1)', false],
    ['tel:+4712345678', false],
    ['relative/path', false],
    ['#anchor', false],
    ['https:evil.example', false],
  ])('href %s → %s', (url, allowed) => expect(isAllowedHref(url)).toBe(allowed));

  test.each([
    ['/vedlegg/a.png', true],
    ['/vedlegg/x/y.jpg?v=2', true],
    ['/vedlegg/../a.png', false],
    ['/vedlegg/%2E%2E/a.png', false],
    ['/vedlegg/a\\..\\b.png', false],
    ['/vedleggx/a.png', false],
    ['https://example.no/vedlegg/a.png', false],
    ['vedlegg/a.png', false],
  ])('image %s → %s', (src, allowed) => expect(isAttachmentSrc(src)).toBe(allowed));
});

describe('markdownToPlainText', () => {
  test('strips markup, one line per block', () => {
    const source = [
      '# Bakgrunn',
      '',
      'Vi startet en **turgruppe** i [kommunen](https://kommune.no) i 2021.',
      '',
      '- Tilhørighet',
      '- *Håp*',
      '',
      '![Bilde av gruppa](/vedlegg/a.jpg)',
      '',
      '| Tiltak | Deltakere |',
      '| --- | --- |',
      '| Tur | 12 |',
      '',
      '> Sitat',
      '',
      '`kode` og',
      'ny linje',
    ].join('\n');
    expect(markdownToPlainText(source)).toBe(
      [
        'Bakgrunn',
        'Vi startet en turgruppe i kommunen i 2021.',
        'Tilhørighet',
        'Håp',
        'Bilde av gruppa',
        'Tiltak Deltakere',
        'Tur 12',
        'Sitat',
        'kode og ny linje',
      ].join('\n'),
    );
  });

  test('entities are decoded and raw HTML is kept as literal text (escape it where it is used)', () => {
    expect(markdownToPlainText('Rus &amp; psykisk helse <b>nå</b>')).toBe('Rus & psykisk helse <b>nå</b>');
  });

  test('empty input gives empty text', () => {
    expect(markdownToPlainText('')).toBe('');
    expect(markdownToPlainText('   \n\n  ')).toBe('');
  });
});
