// A news page with ad and tracking iframes, made at run time from a corpus page: the same page
// with 20 frames that hold scripts, pixels and empty slots but no text of their own, as real ad
// slots do, next to the page without them. The three kinds of frame real pages have, all in the
// page's renderer so the profiler sees them: `srcdoc` frames, about:blank frames an ad script
// fills with document.write, and small pages of the same site (another port: another origin).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Route } from '../tests/e2e/static-server.ts';
import { CORPUS_DIR, type BenchPage } from './pages.ts';

export const FRAMES_SOURCE_PAGE = 'aeb--cnn-us-china-trade-war.html';
export const AD_FRAMES = 20;
const SRCDOC_FRAMES = 7;
const WRITTEN_FRAMES = 7;

/** What an ad slot's scripts do: globals, a cookie, a pixel, an empty container, a listener. */
const AD_SCRIPT = `var slot={id:Math.random().toString(36).slice(2),t:Date.now()};` +
  `try{document.cookie='ad_'+slot.id+'=1'}catch(e){}` +
  `var img=new Image(1,1);img.src='/bench/ads/pixel.gif?'+slot.id;` +
  `addEventListener('message',function(e){slot.last=e.data});` +
  `document.addEventListener('DOMContentLoaded',function(){var d=document.createElement('div');d.id='ad-'+slot.id;d.style.cssText='width:300px;height:250px';document.body&&document.body.appendChild(d)});`;

const adMarkup = (n: number) =>
  `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0}</style><script>${AD_SCRIPT}</script></head>` +
  `<body><div class="ad-slot" data-slot="${n}"><a href="/bench/ads/click?${n}"><img src="/bench/ads/creative-${n}.png" width="300" height="250" alt=""></a></div></body></html>`;

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The frames, inserted before </body>; `otherOrigin` serves the tracking pages. */
function framesMarkup(otherOrigin: string): string {
  const out: string[] = ['<div id="bench-ad-frames">'];
  for (let i = 0; i < SRCDOC_FRAMES; i++) out.push(`<iframe width="300" height="250" srcdoc="${escapeAttribute(adMarkup(i))}"></iframe>`);
  for (let i = SRCDOC_FRAMES + WRITTEN_FRAMES; i < AD_FRAMES; i++) out.push(`<iframe width="1" height="1" src="${otherOrigin}/bench/ads/slot-${i}.html"></iframe>`);
  // About:blank frames filled by the page's "ad script", as ad libraries do.
  const written = Array.from({ length: WRITTEN_FRAMES }, (_, k) => SRCDOC_FRAMES + k);
  // "<\/" keeps the markup's own </script> from ending this script.
  const markup = JSON.stringify(written.map(adMarkup)).replace(/<\//g, '<\\/');
  out.push(`<script>(function(){var html=${markup};` +
    `html.forEach(function(h){var f=document.createElement('iframe');f.width='300';f.height='250';` +
    `document.getElementById('bench-ad-frames').appendChild(f);var d=f.contentDocument;d.open();d.write(h);d.close();});})();</script>`);
  out.push('</div>');
  return out.join('\n');
}

export interface FramesPages {
  without: BenchPage;
  withFrames: BenchPage;
  /** Routes of the page's own server. */
  routes: Record<string, Route>;
  /** Routes of the second server (the tracking frames' origin). */
  otherRoutes: Record<string, Route>;
}

export function adFramesPages(otherOrigin: string): FramesPages {
  const html = readFileSync(path.join(CORPUS_DIR, FRAMES_SOURCE_PAGE), 'utf8');
  const at = html.lastIndexOf('</body>');
  const withFrames = at >= 0 ? `${html.slice(0, at)}${framesMarkup(otherOrigin)}\n${html.slice(at)}` : `${html}${framesMarkup(otherOrigin)}`;
  const name = FRAMES_SOURCE_PAGE.replace(/\.html$/, '');
  const page = (suffix: string, body: string): BenchPage => ({
    name: `${name}${suffix}`, kind: 'frames', urlPath: `/bench/frames/${suffix ? 'with' : 'without'}.html`, bytes: Buffer.byteLength(body), body: Buffer.from(body),
  });
  const otherRoutes: Record<string, Route> = {};
  for (let i = SRCDOC_FRAMES + WRITTEN_FRAMES; i < AD_FRAMES; i++) otherRoutes[`/bench/ads/slot-${i}.html`] = { body: adMarkup(i) };
  const without = page('', html);
  const framed = page(` + ${AD_FRAMES} ad frames`, withFrames);
  return { without, withFrames: framed, routes: { [without.urlPath]: { body: without.body! }, [framed.urlPath]: { body: framed.body! } }, otherRoutes };
}
