// Answers about the reader's articles: add the article of a tab (from the popup or side panel for
// any tab, from a content script for its own), list them, remove one and put it back (Undo).
import * as v from 'valibot';
import type { BackgroundRequests } from '../../lib/messages.ts';
import type { Handlers } from '../../lib/messaging.ts';
import { ReaderArticleSchema } from '../../lib/reading/records.ts';
import { listArticles, removeArticle, restoreArticle } from '../../lib/store/reader-knowledge.ts';
import { addArticle } from './add-article.ts';
import { storeChanged } from './store-changes.ts';
import { database } from './database.ts';
import { forgetReaderArticles } from './reader-knowledge.ts';
import { isExtensionPage } from './sender-policy.ts';

async function changed<T>(result: T): Promise<T> {
  forgetReaderArticles();
  storeChanged({ kind: 'reader' });
  return result;
}

export const articleRequests: Handlers<BackgroundRequests> = {
  'article:add': ({ tabId, url }, sender) =>
    isExtensionPage(sender) ? addArticle(tabId, url) : addArticle(sender.tab?.id, sender.frameId === 0 ? sender.url : undefined),
  'article:list': async () => listArticles(await database()),
  'article:remove': async ({ url }) => changed((await removeArticle(await database(), url)) ?? null),
  'article:restore': async ({ article }) => {
    const checked = v.safeParse(ReaderArticleSchema, article);
    if (!checked.success) return false;
    await restoreArticle(await database(), checked.output);
    return changed(true);
  },
};
