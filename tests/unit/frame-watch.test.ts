// @vitest-environment happy-dom
// A sub-frame's watcher asks for the full content script only once its frame holds text to mark;
// the top frame (which has the script from the manifest) and a browser that cannot paint marks never ask.
import { beforeEach, describe, expect, it } from 'vitest';
import { needsContentScript } from '../../lib/page/frame-watch.ts';

/** What the promise has resolved to by the next task, or 'pending'. */
async function outcome<T>(p: Promise<T>): Promise<T | 'pending'> {
  let result: T | 'pending' = 'pending';
  void p.then((v) => (result = v));
  await new Promise((r) => setTimeout(r, 0));
  return result;
}

describe('the frame watcher', () => {
  beforeEach(() => {
    document.head.innerHTML = '<script>var slot = "NVIDIA"</script>';
    document.body.innerHTML = '<div class="ad-slot"><a href="#"><img src="x.png" alt=""></a></div>';
  });

  it('a sub-frame without text waits, and asks once text appears', async () => {
    const asking = needsContentScript({ doc: document, isTopFrame: false, canHighlight: true });
    expect(await outcome(asking)).toBe('pending');
    document.body.querySelector('div')!.append(document.createElement('img'));
    expect(await outcome(asking)).toBe('pending');
    document.body.querySelector('div')!.append('Sponsored: CUDA courses');
    expect(await outcome(asking)).toBe(true);
  });

  it('a sub-frame with text asks at once', async () => {
    document.body.insertAdjacentHTML('beforeend', '<p>DeepSeek in a frame</p>');
    expect(await outcome(needsContentScript({ doc: document, isTopFrame: false, canHighlight: true }))).toBe(true);
  });

  it('the top frame and a browser without highlights never ask, text or not', async () => {
    document.body.insertAdjacentHTML('beforeend', '<p>DeepSeek</p>');
    expect(await outcome(needsContentScript({ doc: document, isTopFrame: true, canHighlight: true }))).toBe(false);
    expect(await outcome(needsContentScript({ doc: document, isTopFrame: false, canHighlight: false }))).toBe(false);
    // Left to find out for itself: happy-dom, like Firefox before 140, has no CSS.highlights.
    expect(await outcome(needsContentScript({ doc: document, isTopFrame: false }))).toBe(false);
  });

  it('stops watching when told to', async () => {
    const abort = new AbortController();
    const asking = needsContentScript({ doc: document, isTopFrame: false, canHighlight: true, signal: abort.signal });
    abort.abort();
    document.body.append('NVIDIA');
    expect(await outcome(asking)).toBe('pending');
  });
});
