// happy-dom has no CSS Custom Highlight API: a minimal stand-in with the same shape
// (Highlight is a set of ranges, CSS.highlights a map of names to highlights).
export function installHighlightPolyfill(): void {
  const g = globalThis as Record<string, unknown>;
  if (typeof g.Highlight !== 'function') g.Highlight = class Highlight extends Set<AbstractRange> {};
  const original = g.CSS as Record<string, unknown> | undefined;
  if (original?.highlights instanceof Map) return;
  const css = { highlights: new Map<string, Set<AbstractRange>>(), supports: () => true, escape: (s: string) => s };
  Object.defineProperty(globalThis, 'CSS', { value: css, configurable: true, writable: true });
}

/** Every marked text on the page, as an outside tool would read it. */
export function markedTexts(): string[] {
  const out: string[] = [];
  for (const [name, highlight] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
    if (name.startsWith('kb-')) for (const range of highlight) out.push(range.toString());
  }
  return out;
}
