// @vitest-environment happy-dom
// The search for open shadow roots looks only where one can be: it must still find every one.
import { describe, expect, it } from 'vitest';
import { NEVER_SHADOW_HOSTS, ShadowRootFinder } from '../../lib/page/shadow-root-finder.ts';

/** The elements attachShadow() accepts besides custom elements (DOM standard). */
const SHADOW_HOSTS = ['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span'];

function findAll(root: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const finder = new ShadowRootFinder(root, (s) => found.push(s));
  while (finder.step());
  return found;
}

describe('ShadowRootFinder', () => {
  it('leaves out only elements that cannot hold a shadow root', () => {
    expect(NEVER_SHADOW_HOSTS.filter((t) => SHADOW_HOSTS.includes(t) || t.includes('-'))).toEqual([]);
  });

  it('finds a shadow root on every kind of element that can hold one, among many that cannot', () => {
    document.body.innerHTML = `<ul>${'<li><a href="#"><b>x</b></a></li>'.repeat(300)}</ul>`;
    const hosts = [...SHADOW_HOSTS.filter((t) => t !== 'body'), 'news-card'].map((tag) => document.createElement(tag));
    for (const host of hosts) {
      document.querySelector(`li:nth-child(${hosts.indexOf(host) * 13 + 1})`)!.append(host);
      host.attachShadow({ mode: 'open' });
    }
    expect(findAll(document).map((s) => s.host)).toEqual(hosts);
  });

  it('finds the root of the node it starts from, and skips a host removed since the search began', () => {
    document.body.innerHTML = `<div id="a"></div>${'<div></div>'.repeat(300)}<div id="b"></div>`;
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    a.attachShadow({ mode: 'open' });
    b.attachShadow({ mode: 'open' });
    const found: ShadowRoot[] = [];
    const finder = new ShadowRootFinder(document, (s) => found.push(s));
    expect(finder.step()).toBe(true); // the first few hundred elements: a, not yet b
    b.remove();
    while (finder.step());
    expect(found.map((s) => s.host)).toEqual([a]);
    expect(findAll(a).map((s) => s.host)).toEqual([a]);
  });
});
