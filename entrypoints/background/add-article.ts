// "Add this article" for one tab: the tab's top frame serialises the page in slices and hands
// the HTML over in chunks (lib/reading/page-snapshot.ts); it is parsed off the page
// (./article-parser.ts), stored in the reader's layer (same URL: updated, not doubled),
// compiled, and every tab is refreshed so cards show the new contexts.
import { browser } from 'wxt/browser';
import type { ArticleAddOutcome, ArticleRefusal, NameCount } from '../../lib/reading/article-outcome.ts';
import type { CompiledArticle } from '../../lib/reading/compile-reader-article.ts';
import type { KnowledgeWithNames } from '../../lib/reading/effective-knowledge.ts';
import { askTab } from '../../lib/messaging.ts';
import { putArticle } from '../../lib/store/reader-knowledge.ts';
import { parseArticleHtml } from './article-parser.ts';
import { storeChanged } from './store-changes.ts';
import { database } from './database.ts';
import { compileArticleNow, forgetReaderArticles } from './reader-knowledge.ts';
import { tabAddress } from './tab-addresses.ts';

/** Reading, handing over and parsing together; the page's part is bounded by its own budget. */
const ADD_WITHIN_MS = 20_000;

class Refused extends Error {
  constructor(readonly refusal: ArticleRefusal) {
    super(refusal.kind);
  }
}

function within<T>(promise: Promise<T>, deadline: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Refused({ kind: 'timeout', seconds: ADD_WITHIN_MS / 1000 })), Math.max(0, deadline - Date.now()));
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

function mentionsOf(compiled: CompiledArticle, knowledge: KnowledgeWithNames): NameCount[] {
  const names = new Map(knowledge.kb.entities.map((e) => [e.id, e.name]));
  return [...compiled.contexts]
    .map(([id, contexts]) => ({ id, name: names.get(id) ?? id, count: contexts.length }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

async function readPage(tabId: number, deadline: number) {
  const snapshot = await within(askTab(tabId, 'article:snapshot', {}, 0), deadline).catch((error: unknown) => {
    throw error instanceof Refused ? error : new Refused({ kind: 'no-answer' });
  });
  if (!snapshot.ok) throw new Refused(snapshot.refusal);
  const chunks: string[] = [];
  for (let index = 0; index < snapshot.chunks; index++) {
    const chunk = await within(askTab(tabId, 'article:chunk', { id: snapshot.id, index }, 0), deadline);
    if (chunk === null) throw new Refused({ kind: 'no-answer' });
    chunks.push(chunk);
  }
  return { html: chunks.join(''), snapshot };
}

export async function addArticle(tabId: number | undefined, knownUrl?: string, now = new Date()): Promise<ArticleAddOutcome> {
  if (tabId === undefined || tabId < 0) return { ok: false, refusal: { kind: 'no-tab' } };
  const address = knownUrl ?? tabAddress(tabId) ?? (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  if (address && !/^(?:https?|file):/i.test(address)) return { ok: false, refusal: { kind: 'browser-page' } };
  const deadline = Date.now() + ADD_WITHIN_MS;
  try {
    const { html, snapshot } = await readPage(tabId, deadline);
    const parseStart = performance.now();
    const extraction = await within(parseArticleHtml(html, { url: snapshot.url, title: snapshot.title }), deadline);
    const parseMs = performance.now() - parseStart;
    if (!extraction.ok) return extraction;
    const stored = await putArticle(await database(), extraction.article, now);
    forgetReaderArticles();
    const { compiled, ms: compileMs, knowledge } = await compileArticleNow(stored.article);
    storeChanged({ kind: 'reader' });
    return {
      ok: true,
      kind: stored.kind,
      url: stored.article.url,
      title: stored.article.title,
      ...(stored.article.published && { published: stored.article.published }),
      chars: stored.article.text.length,
      notes: extraction.notes,
      mentions: mentionsOf(compiled, knowledge),
      took: { pageMs: snapshot.busyMs, longestSliceMs: snapshot.longestSliceMs, parseMs, compileMs },
    };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal };
    return { ok: false, refusal: { kind: 'failed', detail: error instanceof Error ? error.message : String(error) } };
  }
}
