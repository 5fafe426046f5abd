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

/** One page over its runs: the median of each figure (the outcome of the first run). */
export interface ArticleAddPage extends ArticleAddSample {
  runs: number;
  /** The longest task of each run: max(longest slice, long task). */
  longestPerRun: number[];
}

export interface ArticleAddResult {
  runs: number;
  pages: ArticleAddPage[];
  added: number;
  medians: { pageMs: number; parseMs: number; compileMs: number; wallMs: number };
  /** The page whose median longest task is the longest, and that median: the target's figure. */
  longestTaskMs: number;
  longestTaskPage: string;
  /** The single longest task of any run (on a loaded machine, a pause of the whole renderer shows here). */
  worstRunMs: number;
  worstRunPage: string;
}

const longestOf = (s: ArticleAddSample) => Math.max(s.longTaskMs, s.longestSliceMs ?? 0);

function pageOf(runs: ArticleAddSample[]): ArticleAddPage {
  const first = runs[0]!;
  const mid = (key: 'pageMs' | 'longestSliceMs' | 'parseMs' | 'compileMs') => {
    const values = runs.map((r) => r[key]).filter((v): v is number => v !== undefined);
    return values.length ? median(values) : undefined;
  };
  return {
    ...first,
    pageMs: mid('pageMs'),
    longestSliceMs: mid('longestSliceMs'),
    parseMs: mid('parseMs'),
    compileMs: mid('compileMs'),
    wallMs: median(runs.map((r) => r.wallMs)),
    longTaskMs: median(runs.map((r) => r.longTaskMs)),
    runs: runs.length,
    longestPerRun: runs.map(longestOf),
  };
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
  runs: number,
  onSample?: (sample: ArticleAddSample, index: number) => void,
): Promise<ArticleAddResult> {
  for (const blank of browser.context.pages()) await blank.close();
  const control = await browser.context.newPage();
  await control.goto(`chrome-extension://${browser.extensionId}/add-name.html`);
  const byPage: ArticleAddPage[] = [];
  try {
    for (const [i, p] of pages.entries()) {
      const samples: ArticleAddSample[] = [];
      for (let run = 0; run < runs; run++) {
        const sample = await addOne(browser, control, p.name, p.bytes, p.url);
        samples.push(sample);
        onSample?.(sample, i);
      }
      byPage.push(pageOf(samples));
    }
  } finally {
    await control.close();
  }
  const added = byPage.filter((s) => s.pageMs !== undefined);
  const of = (key: 'pageMs' | 'parseMs' | 'compileMs' | 'wallMs') => round(median(added.map((s) => s[key]!)), 2);
  const typical = (p: ArticleAddPage) => median(p.longestPerRun);
  const worstPage = [...byPage].sort((a, b) => typical(b) - typical(a))[0];
  const worstRun = [...byPage].sort((a, b) => Math.max(...b.longestPerRun) - Math.max(...a.longestPerRun))[0];
  return {
    runs,
    pages: byPage,
    added: added.length,
    medians: { pageMs: of('pageMs'), parseMs: of('parseMs'), compileMs: of('compileMs'), wallMs: of('wallMs') },
    longestTaskMs: worstPage ? round(typical(worstPage), 1) : Number.NaN,
    longestTaskPage: worstPage?.page ?? '',
    worstRunMs: worstRun ? round(Math.max(...worstRun.longestPerRun), 1) : Number.NaN,
    worstRunPage: worstRun?.page ?? '',
  };
}
