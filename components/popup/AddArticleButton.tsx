// "Add this article" for the popup's tab: the background reads the page's article and adds it
// to the reader's knowledge; the outcome (added, updated, or why not) is said in words.
import { useState } from 'preact/hooks';
import { askBackground } from '../../lib/messaging.ts';
import type { ArticleAddOutcome } from '../../lib/reading/article-outcome.ts';
import { describeArticleOutcome } from '../../lib/reading/describe-article-outcome.ts';
import { t } from '../options/i18n.ts';

export function AddArticleButton({ tabId, url }: { tabId: number; url?: string }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ArticleAddOutcome | undefined>();
  const add = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await askBackground('article:add', { tabId, url }));
    } catch (error) {
      setOutcome({ ok: false, refusal: { kind: 'failed', detail: String(error) } });
    } finally {
      setBusy(false);
    }
  };
  const text = outcome && describeArticleOutcome(outcome, t);
  return (
    <div class="add-article">
      <button type="button" class="reading-button" disabled={busy} onClick={() => void add()}>
        {busy ? t('yours_adding_article') : t('yours_add_article')}
      </button>
      {text && (
        <div class={outcome!.ok ? 'outcome ok' : 'outcome refused'} role={outcome!.ok ? 'status' : 'alert'} data-testid="article-outcome">
          <p class="headline">{text.headline}</p>
          {text.details.map((line, i) => <p key={i}>{line}</p>)}
        </div>
      )}
    </div>
  );
}
