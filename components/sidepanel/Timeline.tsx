// A name's timeline in the side panel: one entry per source, newest first, each with its date,
// publisher, where it came from (the bundled KB, a synced or imported one, the reader's own),
// its title (a link for an http(s) address) and the sentences it has about the name, quoted with
// the reader's language's quotation marks; what arrived since the reader last opened the name is
// marked "New".
import { webLink } from '../../lib/card/safe-link.ts';
import type { UiLanguage } from '../../lib/localized.ts';
import { quoteMarks } from '../../lib/quote-marks.ts';
import type { TimelineEntry } from '../../lib/sidepanel/timeline.ts';
import type { Translate } from '../../lib/translate.ts';
import { QuoteText } from '../card/QuoteText.tsx';
import { formatDate } from '../options/format.ts';

export interface TimelineProps {
  entries: readonly TimelineEntry[];
  language: UiLanguage;
  t: Translate;
  /** Whether the description comes from a source (a glossary row). */
  descriptionSource?: string;
}

function originLine(entry: TimelineEntry, language: UiLanguage, t: Translate): string {
  const { source } = entry;
  const parts: string[] = [];
  if (source.origin) parts.push(t(`panel_origin_${source.origin}`));
  // When it arrived: the reader's article when they added it; a synced or imported KB since it became active.
  if (source.added && source.origin === 'yours') parts.push(t('panel_added_on', [formatDate(source.added, language)]));
  else if (source.added && source.origin !== 'bundled') parts.push(t('panel_in_use_since', [formatDate(source.added, language)]));
  return parts.join(', ');
}

export function Timeline({ entries, language, t, descriptionSource }: TimelineProps) {
  const [open, close] = quoteMarks(language);
  return (
    <ol class="timeline" data-testid="timeline">
      {entries.map((entry) => {
        const { source } = entry;
        const href = webLink(source.url);
        const facts = [source.publisher, source.byline && t('panel_byline', [source.byline]), source.cites && t('card_citing', [source.cites])].filter(Boolean).join(' · ');
        return (
          <li key={source.id} class={entry.isNew ? 'entry new' : 'entry'} data-source={source.id}>
            <p class="when">
              {entry.day ? <time dateTime={entry.day}>{formatDate(entry.day, language)}</time> : <span>{t('panel_undated')}</span>}
              {entry.isNew && <span class="new-badge">{t('panel_new_badge')}</span>}
            </p>
            <p class="title" lang={source.language === 'und' ? undefined : source.language}>
              {href ? <a href={href} target="_blank" rel="noopener noreferrer">{source.title}</a> : <cite>{source.title}</cite>}
            </p>
            {facts && <p class="facts">{facts}</p>}
            <p class="origin">{originLine(entry, language, t)}</p>
            {entry.contexts.map((context, i) => (
              <blockquote key={i}>
                {open}
                <span lang={source.language === 'und' ? undefined : source.language}>
                  <QuoteText context={context} />
                </span>
                {close}
              </blockquote>
            ))}
            {!entry.contexts.length && source.id === descriptionSource && <p class="facts">{t('panel_description_source')}</p>}
          </li>
        );
      })}
    </ol>
  );
}
