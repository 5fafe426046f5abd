// "Add this article" in the reader's language: what happened (added, updated, or why not, in
// which case nothing was stored), what the article mentions, and anything to know about it.
import type { Translate } from '../translate.ts';
import type { ArticleAddOutcome, ArticleNote, ArticleRefusal } from './article-outcome.ts';

export interface ArticleOutcomeText {
  headline: string;
  details: string[];
}

const MAX_NAMED = 6;

export function describeArticleRefusal(r: ArticleRefusal, t: Translate): string {
  switch (r.kind) {
    case 'no-tab':
      return t('yours_article_no_tab');
    case 'browser-page':
      return t('yours_article_browser_page');
    case 'no-answer':
      return t('yours_article_no_answer');
    case 'not-html':
      return r.contentType === 'application/pdf' ? t('yours_article_pdf') : t('yours_article_not_html', [r.contentType]);
    case 'too-large':
      return t('yours_article_too_large', [Math.round(r.limitChars / 1_000_000)]);
    case 'not-an-article':
      return t('yours_article_not_an_article');
    case 'too-little-text':
      return t('yours_article_too_little_text', [r.chars, r.minimum]);
    case 'no-title':
      return t('yours_article_no_title');
    case 'timeout':
      return t('yours_article_timeout', [r.seconds]);
    case 'failed':
      return t('yours_article_failed', [r.detail]);
  }
}

const NOTE_KEYS: Record<ArticleNote, string> = {
  undated: 'yours_article_note_undated',
  trimmed: 'yours_article_note_trimmed',
  'title-from-page': 'yours_article_note_title_from_page',
};

export function describeArticleOutcome(outcome: ArticleAddOutcome, t: Translate): ArticleOutcomeText {
  if (!outcome.ok) return { headline: describeArticleRefusal(outcome.refusal, t), details: [] };
  const headline = t(outcome.kind === 'added' ? 'yours_article_added' : 'yours_article_updated', [outcome.title]);
  const named = outcome.mentions.slice(0, MAX_NAMED).map((m) => `${m.name} (${m.count})`);
  if (outcome.mentions.length > MAX_NAMED) named.push(t('yours_and_more', [outcome.mentions.length - MAX_NAMED]));
  const details = [named.length ? t('yours_article_mentions', [named.join(', ')]) : t('yours_article_mentions_none')];
  for (const note of outcome.notes) details.push(t(NOTE_KEYS[note]));
  return { headline, details };
}
