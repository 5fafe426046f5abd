import path from 'node:path';
import { test, expect, collectErrors } from './fixtures.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { markedTexts, waitForMarks } from './page-marks.ts';
import { watchContentScriptFrames } from './content-script-frames.ts';
import { EXPECTED_MARKS } from '../fixtures/pages/expected-marks.ts';

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ root: path.resolve('tests/fixtures/pages') });
});
test.afterAll(() => server.stop());

test('marks exactly the mentions on an English page, in frames and shadow roots, and nothing in forms or code', async ({ page, extensionId }) => {
  expect(extensionId).toBeTruthy();
  const errors = collectErrors(page);
  await page.goto(server.url('/english.html'));
  const expected = EXPECTED_MARKS['english.html'];
  expect(await waitForMarks(page, expected.page.length)).toEqual(expected.page);
  const frame = page.frame({ url: /srcdoc/ }) ?? page.frames().find((f) => f !== page.mainFrame())!;
  expect(await waitForMarks(frame, expected.srcdocFrame.length)).toEqual(expected.srcdocFrame);
  expect(errors).toEqual([]);
});

test('marks a German page', async ({ page }) => {
  await page.goto(server.url('/german.html'));
  const expected = EXPECTED_MARKS['german.html'].page;
  expect(await waitForMarks(page, expected.length)).toEqual(expected);
});

test('marks model names whole, with the line\'s entity, and leaves headline verbs and look-alikes alone', async ({ page }) => {
  await page.goto(server.url('/models.html'));
  const expected = [
    'Huawei', 'Ascend 920', 'Nvidia', // the h2; the h1's "Ascend" is a verb
    'Huawei', 'Ascend\u00a0920', 'As\u00adcend 910C',
    'NVIDIA GB200', 'NVIDIA H100 NVL', 'Nvidia', 'H100', // a model name across <b>; a genitive breaks off
    'DeepSeek-V2.5', 'Deep Seek', 'cuda',
    '华为', '昇腾920', '英伟达H20',
  ];
  expect(await waitForMarks(page, expected.length)).toEqual([...expected].sort());
});

test('keeps names apart that only a <br>, a nested block or a list item boundary separates (minified markup)', async ({ page }) => {
  await page.goto(server.url('/lines.html'));
  const expected = EXPECTED_MARKS['lines.html'].page;
  expect(await waitForMarks(page, expected.length)).toEqual(expected);
});

test('leaves the DOM exactly as the page built it', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { before: string }).before = document.documentElement.outerHTML;
    });
  });
  await page.goto(server.url('/english.html'));
  await waitForMarks(page, 11);
  const [before, after] = await page.evaluate(() => [(window as unknown as { before: string }).before, document.documentElement.outerHTML]);
  // The page's own script attached the shadow root after DOMContentLoaded; nothing else differs.
  expect(after).toBe(before);
});

test('follows text that is added, edited and removed, and re-rendered the way React does', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(server.url('/german.html'));
  const base = EXPECTED_MARKS['german.html'].page.length;
  const own = (await waitForMarks(page, base)).filter((t) => t === 'DeepSeek').length;
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'added';
    p.textContent = 'Später kam DeepSeek dazu.';
    document.querySelector('main')!.append(p);
  });
  expect(await waitForMarks(page, base + 1)).toContain('DeepSeek');
  // Edit a text node in place.
  await page.evaluate(() => { document.getElementById('added')!.firstChild!.nodeValue = 'Später kam CUDA dazu.'; });
  await expect.poll(() => markedTexts(page)).toContain('CUDA');
  expect((await markedTexts(page)).filter((t) => t === 'DeepSeek')).toHaveLength(own);
  // React-style re-render: the paragraph's children are replaced by new nodes, many times.
  await page.evaluate(async () => {
    const p = document.getElementById('added')!;
    for (let i = 0; i < 20; i++) {
      p.replaceChildren(document.createTextNode(i % 2 ? 'Neu: Huawei ' : 'Neu: NVIDIA '), Object.assign(document.createElement('b'), { textContent: `Runde ${i}` }));
      await new Promise((r) => setTimeout(r, 10));
    }
  });
  await expect.poll(() => markedTexts(page)).toContain('Huawei');
  expect(await waitForMarks(page, base + 1)).toHaveLength(base + 1);
  // Removed text loses its mark.
  await page.evaluate(() => document.getElementById('added')!.remove());
  expect(await waitForMarks(page, base)).toHaveLength(base);
  expect(errors).toEqual([]);
});

test('a frame without text of its own loads no content script until text appears in it, and is then marked', async ({ page }) => {
  const slot = '<!doctype html><script>window.slot = "NVIDIA"</script><div id="slot"><img alt="" width="300" height="250"></div>';
  server.routes['/ad-frames.html'] = {
    body: '<!doctype html><meta charset="utf-8"><p>Huawei and NVIDIA.</p>' +
      `<iframe id="ad" name="ad" srcdoc='${slot}'></iframe><iframe id="text" name="text" srcdoc="<p>DeepSeek in a frame</p>"></iframe>`,
  };
  const fullScript = await watchContentScriptFrames(page);
  await page.goto(server.url('/ad-frames.html'));
  expect(await waitForMarks(page, 2)).toEqual(['Huawei', 'NVIDIA']);
  const frameOf = async (id: string) => (await (await page.$(`#${id}`))!.contentFrame())!;
  const [ad, withText] = [await frameOf('ad'), await frameOf('text')];
  // The frame beside it, watched since the same moment, has loaded the script and been marked;
  // the empty one has neither the script nor marks.
  expect(await waitForMarks(withText, 1)).toEqual(['DeepSeek']);
  expect(await fullScript.has('top')).toBe(true);
  expect(await fullScript.has('text')).toBe(true);
  expect(await fullScript.has('ad')).toBe(false);
  expect(await ad.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('kb-')))).toEqual([]);
  await ad.evaluate(() => { document.getElementById('slot')!.append('Sponsored: CUDA courses'); });
  expect(await waitForMarks(ad, 1)).toEqual(['CUDA']);
  expect(await fullScript.has('ad')).toBe(true);
});
