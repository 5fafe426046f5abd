// Where a quote comes from, as the one line under it: the publisher (or, without one, the site
// its address is on), the date where known, the title, and a link where the source has a web
// address. A quote that is the source's own title is not followed by the title again.
import type { Context } from '../kb-schema.ts';
import type { SourceWithOrigin } from '../reading/provenance.ts';
import { foldSentence } from './pick-quote.ts';
import { webLink } from './safe-link.ts';

export interface SourceLineParts {
  /** The publisher, else the host of the source's address ("cnn.com"). */
  site?: string;
  /** YYYY-MM-DD. */
  date?: string;
  /** Left out where the quote is the title. */
  title?: string;
  /** The outlet the source itself cites for its story. */
  cites?: string;
  /** http or https only. */
  href?: string;
}

export function hostOf(url: string | undefined): string | undefined {
  const href = webLink(url);
  return href ? new URL(href).hostname.replace(/^www\./, '') : undefined;
}

export function sourceLineParts(source: SourceWithOrigin | undefined, quote?: Pick<Context, 'text'>): SourceLineParts {
  if (!source) return {};
  const parts: SourceLineParts = {};
  const site = source.publisher ?? hostOf(source.url ?? source.pageUrl);
  if (site) parts.site = site;
  if (source.date) parts.date = source.date;
  if (!quote || foldSentence(quote.text) !== foldSentence(source.title)) parts.title = source.title;
  if (source.cites && source.cites !== site) parts.cites = source.cites;
  const href = webLink(source.url) ?? webLink(source.pageUrl);
  if (href) parts.href = href;
  return parts;
}
