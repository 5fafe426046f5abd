// Pages that try hard to break an extension (or to be broken by one), served from 127.0.0.1.
import type { Route } from './static-server.ts';

const html = (body: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const page = (body: string, head = ''): Route => ({ body: html(body, head) });

export const HOSTILE_PAGES: Record<string, Route & { marks: number }> = {
  // CSS that restyles everything, including whatever an extension might add.
  '/restyle.html': {
    ...page(
      '<div class="overlay"></div><p>NVIDIA and Huawei under a fixed overlay.</p><p>DeepSeek R2 trains on CUDA.</p>',
      '<style>* { all: unset !important; } mark, span { display: block !important; } .overlay { position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; }</style>',
    ),
    marks: 4,
  },
  // Scripts that sabotage the page world's built-ins.
  '/prototypes.html': {
    ...page(
      '<p>NVIDIA, Huawei and CUDA keep their marks.</p><div id="host"></div>',
      `<script>
        const host = () => document.getElementById('host');
        document.addEventListener('DOMContentLoaded', () => host().attachShadow({ mode: 'open' }).append('DeepSeek in a shadow root'));
        window.Range = function () { throw new Error('no Range for you'); };
        const append = Node.prototype.appendChild;
        Node.prototype.appendChild = function () { throw new Error('no appendChild for you'); };
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) { return attach.call(this, init); };
        window.CSS = { highlights: null };
        Array.prototype.push = function () { throw new Error('no push for you'); };
      </script>`,
    ),
    marks: 4,
  },
  '/many-nodes.html': {
    ...page(`<div id="c"></div><script>
      const c = document.getElementById('c'), frag = document.createDocumentFragment();
      for (let i = 0; i < 100000; i++) {
        const s = document.createElement('span');
        s.textContent = i % 1000 === 0 ? 'NVIDIA ' : 'word ';
        frag.appendChild(s);
      }
      c.appendChild(frag);
    </script>`),
    marks: 100,
  },
  '/huge-text-node.html': {
    ...page(`<p id="p"></p><script>
      const filler = 'lorem ipsum dolor sit amet '.repeat(4000);
      let text = '';
      for (let i = 0; i < 100; i++) text += filler + 'Huawei ';
      document.getElementById('p').textContent = text;
    </script>`),
    marks: 100,
  },
  '/nested-shadow.html': {
    ...page(`<div id="root"></div><script>
      let parent = document.getElementById('root');
      for (let i = 0; i < 50; i++) {
        const host = document.createElement('div');
        parent.appendChild(host);
        const shadow = host.attachShadow({ mode: 'open' });
        const p = document.createElement('p');
        p.textContent = 'CUDA at depth ' + i;
        shadow.appendChild(p);
        parent = shadow;
      }
    </script>`),
    marks: 50,
  },
  // Shadow roots on every kind of element that can hold one: a defined and an undefined custom
  // element (inside a link, which cannot hold one itself), a span, a heading and a div.
  '/shadow-hosts.html': {
    ...page(`<p><a href="#"><news-card id="defined"></news-card><later-card id="undefined"></later-card></a></p>
      <ul><li><span id="span"></span></li></ul><h3 id="h3"></h3><article><div id="div"></div></article><script>
      customElements.define('news-card', class extends HTMLElement {
        constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<p>NVIDIA in a defined custom element</p>'; }
      });
      document.getElementById('undefined').attachShadow({ mode: 'open' }).innerHTML = '<b>Huawei in an undefined one</b>';
      document.getElementById('span').attachShadow({ mode: 'open' }).textContent = 'CUDA in a span';
      document.getElementById('h3').attachShadow({ mode: 'open' }).textContent = 'DeepSeek in a heading';
      document.getElementById('div').attachShadow({ mode: 'open' }).textContent = 'NVIDIA again, in a div';
    </script>`),
    marks: 5,
  },
  '/csp.html': {
    body: html('<p>NVIDIA under a strict Content-Security-Policy.</p>'),
    headers: { 'content-security-policy': "default-src 'none'" },
    marks: 1,
  },
  '/document-write.html': {
    body: '<!doctype html><html><head><meta charset="utf-8"><script>document.write("<p>Huawei written by document.write</p><p>and DeepSeek too</p>");</script></head><body></body></html>',
    marks: 2,
  },
  '/xhtml.xhtml': {
    body: '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body><p>NVIDIA in XHTML</p><p>CUDA too</p></body></html>',
    contentType: 'application/xhtml+xml',
    marks: 2,
  },
  '/image.svg': {
    body: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><text x="0" y="20">NVIDIA in an SVG document</text></svg>',
    contentType: 'image/svg+xml',
    marks: 0,
  },
  '/rtl.html': {
    body: '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body><p>أعلنت شركة NVIDIA عن شريحة جديدة، وردّت Huawei.</p><p>‏הודעה של DeepSeek‏</p></body></html>',
    marks: 3,
  },
  '/frames.html': {
    ...page('<p>NVIDIA in the top frame</p><iframe id="srcdoc" srcdoc="<p>Huawei in srcdoc</p>"></iframe><iframe id="same" src="/frame-child.html"></iframe><iframe id="sandboxed" sandbox src="/frame-child.html"></iframe><iframe id="cross"></iframe>'),
    marks: 1,
  },
  '/frame-child.html': { ...page('<p>CUDA in a child frame</p>'), marks: 1 },
};
