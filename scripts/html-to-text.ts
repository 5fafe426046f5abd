// Plain text of an HTML file for `npm run scan FILE.html`, paragraph by paragraph, without a
// DOM: the elements the extension's page scanner skips (scripts, styles, code, forms) are
// dropped and its block elements end a paragraph (lib/page/scan-scope.ts has both lists).
import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS } from '../lib/page/scan-scope.ts';

/** Elements without an end tag: nothing inside them to drop. */
const VOID = new Set(['INPUT', 'EMBED']);
const tagNames = (tags: ReadonlySet<string>) => [...tags].filter((tag) => !VOID.has(tag)).map((tag) => tag.toLowerCase()).join('|');
const HIDDEN = new RegExp(`<(${tagNames(SKIPPED_ELEMENTS)})\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>`, 'gi');
const BLOCK = new RegExp(`<\\/?(?:${[...BLOCK_ELEMENTS].map((tag) => tag.toLowerCase()).join('|')})\\b[^>]*>`, 'gi');
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', zwj: '\u200d', zwnj: '\u200c' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

export function htmlToParagraphs(html: string): string[] {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(HIDDEN, '') // the scanner reads around a skipped element as if it were not there
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t\r\n]+/g, ' ').trim())
    .filter(Boolean);
}
