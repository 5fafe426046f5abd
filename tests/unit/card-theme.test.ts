// @vitest-environment happy-dom
// The card's theme follows the page under the mark: the first opaque background from the mark
// up (translucent layers laid over it); none at all leaves it to prefers-color-scheme.
import { afterEach, describe, expect, it } from 'vitest';
import { pageTheme, parseColor, themeOf } from '../../lib/card/page-theme.ts';

afterEach(() => {
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

function textIn(html: string): Node {
  document.body.innerHTML = html;
  return document.getElementById('t')!.firstChild!;
}

describe('the page’s theme under a mark', () => {
  it('reads colours as computed styles give them', () => {
    expect(parseColor('rgb(255, 255, 255)')).toEqual([255, 255, 255, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('rgb(10 20 30 / 50%)')).toEqual([10, 20, 30, 0.5]);
    expect(parseColor('#1e1e1e')).toEqual([30, 30, 30, 1]);
    expect(parseColor('oklch(0.2 0.1 250)')).toBeUndefined();
  });

  it('calls a background dark where white text reads better on it', () => {
    expect(themeOf([255, 255, 255, 1])).toBe('light');
    expect(themeOf([30, 30, 30, 1])).toBe('dark');
    expect(themeOf([0, 70, 140, 1])).toBe('dark'); // a dark blue
    expect(themeOf([250, 220, 90, 1])).toBe('light'); // a yellow
  });

  it('takes the first opaque background from the mark up', () => {
    const node = textIn('<div style="background-color: rgb(20, 20, 24)"><section><p id="t">NVIDIA ships chips.</p></section></div>');
    expect(pageTheme(node)).toBe('dark');
    const light = textIn('<div style="background-color: rgb(20, 20, 24)"><p id="t" style="background-color: #fafafa">NVIDIA</p></div>');
    expect(pageTheme(light)).toBe('light');
  });

  it('lays translucent layers over the opaque one below them', () => {
    // A white veil at 90 % over black is light; at 10 % it is still dark.
    expect(pageTheme(textIn('<div style="background-color: #000"><p id="t" style="background-color: rgba(255, 255, 255, 0.9)">x</p></div>'))).toBe('light');
    expect(pageTheme(textIn('<div style="background-color: #000"><p id="t" style="background-color: rgba(255, 255, 255, 0.1)">x</p></div>'))).toBe('dark');
  });

  it('says nothing where no background says anything: prefers-color-scheme decides', () => {
    expect(pageTheme(textIn('<div><p id="t">NVIDIA</p></div>'))).toBeUndefined();
    expect(pageTheme(null)).toBeUndefined();
  });

  it('goes up through a page’s own shadow root to its host', () => {
    document.body.innerHTML = '<div id="host" style="background-color: rgb(0, 0, 0)"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>NVIDIA</p>';
    expect(pageTheme(root.querySelector('p')!.firstChild)).toBe('dark');
  });
});
