// One of the reader's articles compiled like a seed article (lib/compile-kb.ts, the same code
// path): the sentences that name an entity become that entity's contexts, with the article as
// their source and full provenance.
import { compileArticle } from '../compile-kb.ts';
import type { Context, Source } from '../kb-schema.ts';
import type { Matcher } from '../matcher.ts';
import { languageTag } from './page-metadata.ts';
import { readerSourceId, type SourceWithOrigin } from './provenance.ts';
import type { ReaderArticle } from './records.ts';

/** The KB's limit for one quoted sentence; longer "sentences" (text without stops) are not quotes. */
const MAX_QUOTE_CHARS = 5000;

export interface CompiledArticle {
  source: SourceWithOrigin;
  /** Contexts by entity id. */
  contexts: Map<string, Context[]>;
}

export function readerArticleSource(article: ReaderArticle): SourceWithOrigin {
  const source: Source = { id: readerSourceId(article.url), title: article.title, language: article.language, url: article.url };
  if (article.publisher) source.publisher = article.publisher;
  if (article.published) source.date = article.published;
  return {
    ...source,
    origin: 'yours',
    added: article.added,
    ...(article.byline && { byline: article.byline }),
    ...(article.pageUrl !== article.url && { pageUrl: article.pageUrl }),
  };
}

export function compileReaderArticle(matcher: Matcher, article: ReaderArticle): CompiledArticle {
  const source = readerArticleSource(article);
  // A backup may carry any text as the language; the sentence splitter needs a real tag.
  const language = languageTag(article.language) ?? 'und';
  const compiled = compileArticle(matcher, { id: source.id, language, text: `${article.title}\n\n${article.text}` });
  for (const [entity, contexts] of compiled) {
    const quotable = contexts.filter((c) => c.text.length <= MAX_QUOTE_CHARS);
    if (quotable.length) compiled.set(entity, quotable);
    else compiled.delete(entity);
  }
  return { source, contexts: compiled };
}
