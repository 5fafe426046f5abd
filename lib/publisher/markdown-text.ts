// Markdown to the plain paragraphs the KB compiler reads: headings, list items and quotes
// become paragraphs of their own; links keep their text, images and code blocks are dropped,
// emphasis marks go. Enough Markdown for articles, not a full CommonMark renderer.

const INLINE: [RegExp, string][] = [
  [/<!--[\s\S]*?-->/g, ''],
  [/!\[[^\]]*\]\([^)]*\)/g, ''], // images
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'], // [text](url)
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'], // [text][ref]
  [/<(https?:[^>\s]+)>/g, '$1'], // autolinks
  [/<\/?[a-z][^>]*>/gi, ''], // inline HTML
  [/`([^`]+)`/g, '$1'],
  [/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2'],
  [/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2'],
  [/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2'],
  [/~~(?=\S)([\s\S]*?\S)~~/g, '$1'],
  [/\\([\\`*_{}[\]()#+\-.!~|>])/g, '$1'],
  [/&nbsp;/g, '\u00a0'],
  [/&quot;/g, '"'],
  [/&lt;/g, '<'],
  [/&gt;/g, '>'],
  [/&amp;/g, '&'],
];

function inline(text: string): string {
  return INLINE.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text).trim();
}

export function markdownToParagraphs(markdown: string): string[] {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = inline(current.join(' '));
    if (text) paragraphs.push(text);
    current = [];
  };
  let fence: string | undefined;
  for (const raw of lines) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark) {
      flush();
      fence = fenceMark;
      continue;
    }
    const line = raw.replace(/^\s{0,3}(?:>\s?)+/, ''); // block quotes read as text
    if (!line.trim()) {
      flush();
      continue;
    }
    // "Title" over "=====" or "-----": the line above was a heading.
    if (/^\s*(?:=+|-+)\s*$/.test(line) && current.length) {
      flush();
      continue;
    }
    if (/^\s*(?:[-*_]\s*){3,}$/.test(line)) {
      flush(); // a horizontal rule
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue; // a table's rule
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue; // a link reference definition
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (heading) {
      flush();
      current.push(heading[1]!);
      flush();
      continue;
    }
    const item = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(item[1]!);
      continue;
    }
    const row = /^\s*\|(.*?)\|?\s*$/.exec(line); // a table row: its cells, one after the other
    current.push(row ? row[1]!.split('|').map((cell) => cell.trim()).filter(Boolean).join(' · ') : line.trim());
  }
  flush();
  return paragraphs;
}
