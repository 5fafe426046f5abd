// Where a quote comes from, as one line: publisher or site, date, title, with a link to the
// source where it has a web address (lib/card/source-line.ts decides what goes in).
import { Fragment, type ComponentChildren } from 'preact';
import type { Source } from '../../lib/kb-schema.ts';
import type { SourceLineParts } from '../../lib/card/source-line.ts';
import { webLink } from '../../lib/card/safe-link.ts';
import type { Translate } from '../../lib/translate.ts';
import { formatDate } from './format-date.ts';

function Linked({ href, children }: { href?: string; children: ComponentChildren }) {
  return href ? <a href={href} target="_blank" rel="noopener noreferrer">{children}</a> : <>{children}</>;
}

export function SourceLine({ parts, language, t, extra = [] }: { parts: SourceLineParts; language: string; t: Translate; extra?: ComponentChildren[] }) {
  const { site, date, title, cites, href } = parts;
  const pieces: ComponentChildren[] = [];
  // The link goes on the title, or on the site where the title is left out.
  if (site) pieces.push(title ? <span class="site">{site}</span> : <Linked href={href}><span class="site">{site}</span></Linked>);
  if (date) pieces.push(<time dateTime={date}>{formatDate(date, language)}</time>);
  if (title) pieces.push(<Linked href={href}><cite>{title}</cite></Linked>);
  if (cites) pieces.push(<span>{t('card_citing', [cites])}</span>);
  pieces.push(...extra);
  if (!pieces.length) return null;
  return (
    <p class="source">
      {pieces.map((piece, i) => (
        <Fragment key={i}>{i > 0 && ' · '}{piece}</Fragment>
      ))}
    </p>
  );
}

/** A source's title, a link only for http and https (the options page lists sources so). */
export function SourceTitle({ source }: { source: Pick<Source, 'title' | 'url'> }) {
  const href = webLink(source.url);
  return href ? <a href={href} target="_blank" rel="noopener noreferrer">{source.title}</a> : <cite>{source.title}</cite>;
}
