// Light or dark, as the page under the mark looks: the colour of the first opaque background
// from the mark's element up (translucent ones above it laid over it), light when black text
// reads better on it than white. Undefined where no background says (every one transparent, or
// a colour this cannot read): then the card follows prefers-color-scheme.
export type PageTheme = 'light' | 'dark';

type Rgba = [number, number, number, number];

/** rgb()/rgba() as getComputedStyle gives them, and #rgb/#rrggbb. */
export function parseColor(value: string): Rgba | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'transparent' || text === '') return [0, 0, 0, 0];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16), 1];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(text);
  if (!rgb) return undefined;
  const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]) / (rgb[5] ? 100 : 1);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), Math.max(0, Math.min(1, alpha))];
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Dark where white text has more contrast on it than black text: L below about 0.18. */
export function themeOf(color: Rgba): PageTheme {
  const l = luminance(color);
  return (1.05) / (l + 0.05) > (l + 0.05) / 0.05 ? 'dark' : 'light';
}

/** The theme of the page behind `node`. */
export function pageTheme(node: Node | null): PageTheme | undefined {
  const layers: Rgba[] = [];
  for (let el = node instanceof Element ? node : (node?.parentElement ?? null); el; el = parentOf(el)) {
    const view = el.ownerDocument.defaultView;
    if (!view) return undefined;
    const color = parseColor(view.getComputedStyle(el).backgroundColor);
    if (!color) return undefined; // a colour space this does not read
    if (color[3] === 0) continue;
    layers.push(color);
    if (color[3] >= 0.99) return themeOf(layers.reduceRight(over));
  }
  return undefined;
}

/** Through open shadow roots to their hosts. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** `top` laid over `below` (which ends up opaque once the bottom layer is). */
function over(below: Rgba, top: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1];
}
