// "Add this article" on every corpus page (and the big pages): the background is asked for
// `article:add` of the page's tab from an extension page, as the popup does. Per page: the
// main-thread time the page spent serialising itself (the content script's slices), the
// background's parse (offscreen document) and compile, and the longest task the add caused in
// the page: the content script's longest slice, and the page's own Long Tasks API (any task of
// 50 ms or more in the page while the add ran, the sending of the chunks included).
import type { Page } from '@playwright/test';
import type { ArticleAddOutcome } from '../lib/reading/article-outcome.ts';
import { BenchMessages } from './bench-messages.ts';
import type { Browser } from './chromium.ts';
import { longTasksBetween, recordLongTasks } from './long-tasks.ts';
import { median, round } from './stats.ts';

const PAGE_TIMEOUT_MS = 60_000;
const ADD_TIMEOUT_MS = 30_000;

export interface ArticleAddSample {
  page: string;
  bytes: number;
  /** 'added', or the refusal's kind. */
  outcome: string;
  chars?: number;
  /** Names the article mentions (sentences). */
  mentions?: number;
  pageMs?: number;
  longestSliceMs?: number;
  parseMs?: number;
  compileMs?: number;
  /** From the request to the answer, as the popup waits. */
  wallMs: number;
  /** Longest Long Tasks API entry overlapping the add (0: none reached 50 ms). */
  longTaskMs: number;
  problem?: string;
}

export interface ArticleAddResult {
  samples: ArticleAddSample[];
  added: number;
  medians: { pageMs: number; parseMs: number; compileMs: number; wallMs: number };
  /** The longest task any add caused in its page (the larger of the two views). */
  longestTaskMs: number;
  longestTaskPage: string;
}

async function tabIdOfOther(control: Page): Promise<number> {
  return control.evaluate(`(async () => {
    const self = await chrome.tabs.getCurrent();
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.id !== self.id && !(t.url || '').startsWith('chrome-extension:')).id;
  })()`);
}

async function addOne(browser: Browser, control: Page, name: string, bytes: number, url: string): Promise<ArticleAddSample> {
  const page = await browser.context.newPage();
  try {
    const messages = new BenchMessages(page);
    await recordLongTasks(page);
    await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    // The content script has marked the page: it is there to ask, and the page has settled.
    await messages.forFrame(url, PAGE_TIMEOUT_MS).catch(() => undefined);
    await page.waitForTimeout(200);
    const tabId = await tabIdOfOther(control);
    await page.bringToFront();
    const started = Date.now();
    const outcome = (await control.evaluate(
      `Promise.race([chrome.runtime.sendMessage({ type: 'article:add', payload: { tabId: ${tabId} } }), new Promise((r) => setTimeout(() => r(null), ${ADD_TIMEOUT_MS}))])`,
    )) as ArticleAddOutcome | null;
    const ended = Date.now();
    const longTasks = await longTasksBetween(page, started, ended);
    const sample: ArticleAddSample = {
      page: name,
      bytes,
      outcome: outcome ? (outcome.ok ? outcome.kind : outcome.refusal.kind) : 'no answer',
      wallMs: ended - started,
      longTaskMs: longTasks.longestMs,
    };
    if (outcome?.ok) {
      Object.assign(sample, {
        chars: outcome.chars,
        mentions: outcome.mentions.reduce((n, m) => n + m.count, 0),
        pageMs: outcome.took.pageMs,
        longestSliceMs: outcome.took.longestSliceMs,
        parseMs: outcome.took.parseMs,
        compileMs: outcome.took.compileMs,
      });
    }
    return sample;
  } catch (error) {
    return { page: name, bytes, outcome: 'failed', wallMs: Number.NaN, longTaskMs: 0, problem: String(error instanceof Error ? error.message : error).split('\n')[0] };
  } finally {
    await page.close();
  }
}

export async function measureArticleAdds(
  browser: Browser,
  pages: { name: string; bytes: number; url: string }[],
  onSample?: (sample: ArticleAddSample, index: number) => void,
): Promise<ArticleAddResult> {
  for (const blank of browser.context.pages()) await blank.close();
  const control = await browser.context.newPage();
  await control.goto(`chrome-extension://${browser.extensionId}/add-name.html`);
  const samples: ArticleAddSample[] = [];
  try {
    for (const [i, p] of pages.entries()) {
      const sample = await addOne(browser, control, p.name, p.bytes, p.url);
      samples.push(sample);
      onSample?.(sample, i);
    }
  } finally {
    await control.close();
  }
  const added = samples.filter((s) => s.pageMs !== undefined);
  const of = (key: 'pageMs' | 'parseMs' | 'compileMs' | 'wallMs') => round(median(added.map((s) => s[key]!)), 2);
  const longest = (s: ArticleAddSample) => Math.max(s.longTaskMs, s.longestSliceMs ?? 0);
  const worst = [...samples].sort((a, b) => longest(b) - longest(a))[0];
  return {
    samples,
    added: added.length,
    medians: { pageMs: of('pageMs'), parseMs: of('parseMs'), compileMs: of('compileMs'), wallMs: of('wallMs') },
    longestTaskMs: worst ? round(longest(worst), 1) : Number.NaN,
    longestTaskPage: worst?.page ?? '',
  };
}
