// @vitest-environment happy-dom
// A frame without text waits; the first text the scan could mark, however it arrives, starts it.
import { beforeEach, describe, expect, it } from 'vitest';
import { hasTextToMark, whenTextToMark } from '../../lib/page/first-text.ts';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Whether the promise has settled by the next task. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await tick();
  return done;
}

describe('a frame without text of its own', () => {
  beforeEach(() => {
    document.head.innerHTML = '<title>Ad</title><style>body{margin:0}</style><script>var slot = "NVIDIA"</script>';
    document.body.innerHTML = '<div class="ad-slot">\n  <a href="#"><img src="x.png" alt=""></a>\n</div>';
  });

  it('has nothing to mark: blank text, titles, styles, scripts, form fields and code do not count', () => {
    document.body.insertAdjacentHTML('beforeend', '<script>var x = 1</script><textarea>NVIDIA</textarea><pre>CUDA</pre><div hidden>Huawei</div>');
    expect(hasTextToMark(document)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<span>a word</span>');
    expect(hasTextToMark(document)).toBe(true);
  });

  it('counts a shadow root as text, since the walk cannot see into it', () => {
    document.body.querySelector('div')!.attachShadow({ mode: 'open' });
    expect(hasTextToMark(document)).toBe(true);
  });

  it('waits through scripts, blank text and skipped text, and starts at the first text added', async () => {
    const waiting = whenTextToMark(document);
    document.body.append(document.createElement('script'));
    document.body.lastElementChild!.textContent = 'window.ad = "Huawei"';
    document.body.append('   \n ');
    document.body.insertAdjacentHTML('beforeend', '<button>Huawei</button>');
    expect(await settled(waiting)).toBe(false);
    const p = document.createElement('p');
    p.innerHTML = '<b>NVIDIA</b> says';
    document.body.append(p);
    expect(await settled(waiting)).toBe(true);
  });

  it('starts when blank text is edited into words', async () => {
    const blank = document.createTextNode(' ');
    document.body.append(blank);
    const waiting = whenTextToMark(document);
    expect(await settled(waiting)).toBe(false);
    blank.data = 'CUDA 12';
    expect(await settled(waiting)).toBe(true);
  });

  it('starts at once when there is text already', async () => {
    document.body.insertAdjacentHTML('beforeend', '<p>Sponsored: DeepSeek</p>');
    expect(await settled(whenTextToMark(document))).toBe(true);
  });

  it('stops watching once aborted', async () => {
    const abort = new AbortController();
    const waiting = whenTextToMark(document, abort.signal);
    abort.abort();
    document.body.insertAdjacentHTML('beforeend', '<p>NVIDIA</p>');
    expect(await settled(waiting)).toBe(false);
  });
});
