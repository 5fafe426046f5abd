/**
 * The card and the page leave each other alone: a page that restyles everything and covers
 * the screen with a maximal z-index still gets an intact card on top, and opening the card
 * changes nothing about the page's styles or layout.
 */
import { test, expect, collectErrors } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';
import { articlePage, CARD, cardBox, centre, pointAtMark, waitForMarks } from '../fixtures/card/e2e-helpers';

const hostilePage = articlePage(
  `<p class="text">Text that names NVIDIA in passing.</p>
<div class="overlay" style="position: fixed; top: 0; right: 0; width: 70%; height: 100%; z-index: 2147483647"></div>`,
  `<style>
* { all: unset !important; }
html *:not(head, head *) { display: block !important; font: 31px/3 cursive !important; color: rgb(255, 0, 0) !important;
  background: rgb(0, 255, 0) !important; border: 5px dashed blue !important; margin: 7px !important; }
.overlay { background: rgba(0, 0, 255, 0.4) !important; }
kb-annotations-card, [popover], :popover-open { display: none !important; opacity: 0 !important; position: static !important; }
</style>`,
);

const ordinaryPage = articlePage(`
<h1>Chips</h1>
<section><h2>Section</h2>
<p>NVIDIA sells chips, and <a href="#x">a link</a> with <strong>bold</strong> text.</p>
<blockquote>A quote about Huawei.</blockquote>
<ul><li>One</li><li>Two</li></ul>
<button type="button">A button</button>
</section>`);

const shadowPage = articlePage(`<p>Light text first.</p><news-box></news-box>
<script>
  const root = document.querySelector('news-box').attachShadow({ mode: 'open' });
  root.innerHTML = '<style>p { font-size: 20px; }</style><p>Inside a web component: NVIDIA ships chips.</p>';
</script>`);

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer({
    routes: { '/hostile.html': { body: hostilePage }, '/ordinary.html': { body: ordinaryPage }, '/shadow.html': { body: shadowPage } },
  });
});
test.afterAll(async () => {
  await server?.stop();
});

test.beforeEach(async ({ page, extensionId }) => {
  expect(extensionId).toBeTruthy();
  await page.setViewportSize({ width: 900, height: 700 });
});

test('a page that restyles everything and covers the screen still gets an intact card, on top', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(server.url('/hostile.html'));
  await waitForMarks(page);
  await pointAtMark(page, 'NVIDIA');
  await expect(page.locator(CARD)).toBeVisible({ timeout: 3_000 });
  const box = await cardBox(page);
  expect(box.width).toBeGreaterThan(200);
  expect(box.height).toBeGreaterThan(100);

  const look = await page.locator(CARD).evaluate((card) => {
    const style = getComputedStyle(card);
    const h2 = getComputedStyle(card.querySelector('h2')!);
    return { background: style.backgroundColor, color: style.color, fontSize: style.fontSize, h2Size: h2.fontSize, h2Color: h2.color, border: style.borderTopStyle };
  });
  expect(look).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(27, 27, 31)', fontSize: '14px', h2Size: '16px', h2Color: 'rgb(27, 27, 31)', border: 'solid' });

  // Over the overlay with z-index 2147483647: the card is what a click there would hit.
  const { x, y } = centre(box);
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, { x, y })).toBe('KB-ANNOTATIONS-CARD');
  await page.mouse.move(x, y, { steps: 4 });
  await page.locator(`${CARD} [data-action="background"]`).click();
  await expect(page.locator(CARD)).toHaveAttribute('data-expanded', 'true');
  expect(errors).toEqual([]);
});

test('opening the card changes nothing about the page: styles, sheets, layout', async ({ page }) => {
  await page.goto(server.url('/ordinary.html'));
  await waitForMarks(page, 2);
  const snapshot = () =>
    page.evaluate(() => {
      const props = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'line-height', 'margin', 'padding',
        'border', 'display', 'outline', 'visibility', 'text-decoration', 'quotes', 'list-style', 'box-shadow'];
      const elements = [...document.querySelectorAll('html, body, body *')].filter((el) => el.tagName !== 'KB-ANNOTATIONS-CARD');
      return {
        styles: elements.map((el) => {
          const style = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return `${el.tagName} ${props.map((p) => style.getPropertyValue(p)).join('|')} @${r.x},${r.y},${r.width},${r.height}`;
        }),
        sheets: document.styleSheets.length,
        adopted: document.adoptedStyleSheets.length,
        head: document.head.innerHTML,
        bodyChildren: document.body.children.length,
        scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
      };
    });
  const before = await snapshot();
  await pointAtMark(page, 'NVIDIA');
  await expect(page.locator(CARD)).toBeVisible({ timeout: 3_000 });
  const withCard = await snapshot();
  const { x, y } = centre(await cardBox(page));
  await page.mouse.move(x, y, { steps: 3 });
  await page.locator(`${CARD} [data-action="background"]`).click();
  await expect(page.locator(CARD)).toHaveAttribute('data-expanded', 'true');
  const expanded = await snapshot();
  expect(withCard).toEqual(before);
  expect(expanded).toEqual(before);
  // The one element the extension added, after <body>.
  expect(await page.evaluate(() => [...document.documentElement.children].map((el) => el.tagName))).toEqual(['HEAD', 'BODY', 'KB-ANNOTATIONS-CARD']);
});

test('a mark inside the page’s own web component opens its card too', async ({ page }) => {
  await page.goto(server.url('/shadow.html'));
  await page.waitForFunction(() => {
    for (const [name, h] of CSS.highlights) if (name.startsWith('kb-') && (h as unknown as Set<Range>).size) return true;
    return false;
  });
  const point = await page.evaluate(() => {
    const p = document.querySelector('news-box')!.shadowRoot!.querySelector('p')!;
    const text = p.firstChild!;
    const at = text.nodeValue!.indexOf('NVIDIA');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 6);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await expect(page.locator(CARD)).toHaveAttribute('data-entity', 'nvidia', { timeout: 3_000 });
});
