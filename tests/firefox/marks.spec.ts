/**
 * The marks in Firefox: the fixture pages get exactly the marks the Chromium tier expects
 * (tests/fixtures/pages/expected-marks.ts), frames and shadow roots included; the DOM stays
 * as the page built it; text the page adds later is marked, and loses its mark when removed.
 */
import path from 'node:path';
import { test, expect } from './fixtures.ts';
import { startStaticServer, type StaticServer } from '../e2e/static-server.ts';
import { EXPECTED_MARKS, type ExpectedMarks } from '../fixtures/pages/expected-marks.ts';
import { markedTexts, srcdocFrame, waitForMarks } from './page-marks.ts';

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({ root: path.resolve('tests/fixtures/pages') });
});
test.afterAll(() => server.stop());

for (const [file, expected] of Object.entries(EXPECTED_MARKS) as [string, ExpectedMarks][]) {
  const where = expected.srcdocFrame ? ', in its frame and shadow root too' : '';
  test(`marks ${file} exactly as Chromium does${where}`, async ({ tab, errors }) => {
    await tab.goto(server.url(`/${file}`));
    expect(await waitForMarks(tab, expected.page.length)).toEqual(expected.page);
    if (expected.srcdocFrame) {
      expect(await waitForMarks(srcdocFrame(tab), expected.srcdocFrame.length)).toEqual(expected.srcdocFrame);
    }
    expect(errors).toEqual([]);
  });
}

test('leaves the DOM exactly as the page built it', async ({ tab, errors }) => {
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { before: string }).before = document.documentElement.outerHTML;
    });
  });
  await tab.goto(server.url('/english.html'));
  await waitForMarks(tab, EXPECTED_MARKS['english.html'].page.length);
  const [before, after] = await tab.evaluate(() => [(window as unknown as { before: string }).before, document.documentElement.outerHTML]);
  expect(before).toContain('<article>');
  expect(after).toBe(before);
  expect(errors).toEqual([]);
});

test('marks text the page adds later, follows edits, and drops the mark of removed text', async ({ tab, errors }) => {
  const initial = EXPECTED_MARKS['german.html'].page;
  await tab.goto(server.url('/german.html'));
  expect(await waitForMarks(tab, initial.length)).toEqual(initial);

  await tab.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'added';
    p.textContent = 'Später kam DeepSeek dazu.';
    document.body.append(p);
  });
  expect(await waitForMarks(tab, initial.length + 1)).toEqual([...initial, 'DeepSeek'].sort());

  await tab.evaluate(() => {
    document.getElementById('added')!.firstChild!.nodeValue = 'Später kam CUDA dazu.';
  });
  await expect.poll(() => markedTexts(tab)).toEqual([...initial, 'CUDA'].sort());

  await tab.evaluate(() => document.getElementById('added')!.remove());
  expect(await waitForMarks(tab, initial.length)).toEqual(initial);
  expect(errors).toEqual([]);
});

test('marks text added later inside a frame', async ({ tab, errors }) => {
  const expected = EXPECTED_MARKS['english.html'];
  await tab.goto(server.url('/english.html'));
  const frame = srcdocFrame(tab);
  expect(await waitForMarks(frame, expected.srcdocFrame.length)).toEqual(expected.srcdocFrame);
  await frame.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'NVIDIA joins the frame.' })));
  expect(await waitForMarks(frame, expected.srcdocFrame.length + 1)).toEqual([...expected.srcdocFrame, 'NVIDIA'].sort());
  expect(errors).toEqual([]);
});

test('a frame without text of its own is marked once text appears in it (its watcher loads the content script then)', async ({ tab, errors }) => {
  const slot = '<!doctype html><script>window.slot = 1</script><div id="slot"><img alt="" width="300" height="250"></div>';
  server.routes['/ad-frame.html'] = {
    body: `<!doctype html><meta charset="utf-8"><p>Huawei and NVIDIA.</p><iframe srcdoc='${slot}'></iframe>`,
  };
  await tab.goto(server.url('/ad-frame.html'));
  expect(await waitForMarks(tab, 2)).toEqual(['Huawei', 'NVIDIA']);
  const ad = srcdocFrame(tab);
  expect(await ad.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('kb-')))).toEqual([]);
  await ad.evaluate(() => { document.getElementById('slot')!.append('Sponsored: CUDA courses'); });
  expect(await waitForMarks(ad, 1)).toEqual(['CUDA']);
  expect(errors).toEqual([]);
});
