// Reads a seed article (plain text, paragraphs separated by blank lines) into its title,
// sections and sentences, leaving out the page furniture a saved web page carries at its end.

export interface Sentence {
  text: string;
  /** The heading of the section it stands in; the article's title for the lead. */
  section: string;
  /** 'title' and 'heading' are quoted as they are; 'body' sentences come from paragraphs. */
  role: 'title' | 'heading' | 'body';
}

export interface Article {
  title: string;
  headings: string[];
  sentences: Sentence[];
}

/** Paragraphs from here on are the site's furniture, not the article. */
const FURNITURE_STARTS = [
  /^quelle\s*(?:&|und)\s*bilder$/i,
  /^schreibe einen kommentar/i,
  /^(?:leave a (?:reply|comment)|comments?)$/i,
  /^(?:source|sources)\s*(?:&|and)\s*images?$/i,
];

/** A short paragraph without closing punctuation is a heading. */
export function isHeading(paragraph: string): boolean {
  return paragraph.length <= 200 && !/[.!?…:;"“”»«)]$/.test(paragraph);
}

/** The article's first paragraph (its title) and the paragraphs after it, the page furniture
 * included; a headline that a saved page repeats is read once. */
export function articleParagraphs(raw: string): { title: string; paragraphs: string[] } {
  const paragraphs = raw.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  const title = paragraphs.shift() ?? '';
  if (paragraphs[0] === title) paragraphs.shift(); // saved pages repeat the headline
  return { title, paragraphs };
}

export function splitSentences(paragraph: string, language: string): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  return [...segmenter.segment(paragraph)].map((s) => s.segment.trim()).filter(Boolean);
}

export function parseArticle(raw: string, language: string): Article {
  const { title, paragraphs } = articleParagraphs(raw);
  const end = paragraphs.findIndex((p) => FURNITURE_STARTS.some((re) => re.test(p)));
  const body = end === -1 ? paragraphs : paragraphs.slice(0, end);

  const sentences: Sentence[] = [{ text: title, section: title, role: 'title' }];
  const headings: string[] = [];
  let section = title;
  for (const paragraph of body) {
    if (isHeading(paragraph)) {
      section = paragraph;
      headings.push(paragraph);
      sentences.push({ text: paragraph, section, role: 'heading' });
      continue;
    }
    for (const text of splitSentences(paragraph, language)) sentences.push({ text, section, role: 'body' });
  }
  return { title, headings, sentences };
}
