// Where a quote comes from: the article's title (a link only for http and https), the outlet
// it cites, its date, and the KB version the card was built from.
import type { Source } from '../../lib/kb-schema.ts';
import type { EntityDetails } from '../../lib/entity-details.ts';
import { webLink } from '../../lib/card/safe-link.ts';
import { formatDate } from './format-date.ts';
import type { Translate } from '../../lib/translate.ts';

export function SourceTitle({ source }: { source: Source }) {
  const href = webLink(source.url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">{source.title}</a>
  ) : (
    <cite>{source.title}</cite>
  );
}

export function SourceLine(props: { source?: Source; kb: EntityDetails['kb']; language: string; t: Translate }) {
  const { source, kb, language, t } = props;
  const parts: string[] = [];
  if (source?.publisher) parts.push(source.publisher);
  if (source?.cites) parts.push(t('card_citing', [source.cites]));
  if (source?.date) parts.push(formatDate(source.date, language));
  parts.push(t('card_kbVersion', [String(kb.version)]));
  return (
    <p class="source">
      {source && <SourceTitle source={source} />}
      {source && ' · '}
      {parts.join(' · ')}
    </p>
  );
}
