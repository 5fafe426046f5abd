// Plain text of an HTML file for `npm run scan FILE.html`, paragraph by paragraph, without a
// DOM: the parts a reader never sees as prose (scripts, styles, code, forms) are dropped, as
// the extension's page scanner drops them.
const HIDDEN = /<(script|style|noscript|template|svg|textarea|select|code|pre|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|br|tr|td|th|table|section|article|header|footer|nav|aside|blockquote|figure|figcaption|dd|dt|hr|main|form)\b[^>]*>/gi;
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
    .replace(HIDDEN, '\n\n')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t\r\n]+/g, ' ').trim())
    .filter(Boolean);
}
