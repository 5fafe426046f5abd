// A quoted context cut into plain and emphasised pieces at its spans. Spans come from a KB
// that may have been synced from anywhere, so they are clamped, sorted and de-overlapped
// here rather than trusted.
import type { Context } from '../kb-schema.ts';

export interface QuoteSegment {
  text: string;
  emphasised: boolean;
}

export function quoteSegments(context: Pick<Context, 'text' | 'spans'>): QuoteSegment[] {
  const { text } = context;
  const spans = context.spans
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, text.length)), end: Math.max(0, Math.min(end, text.length)) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const segments: QuoteSegment[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: text.slice(at, from), emphasised: false });
    segments.push({ text: text.slice(from, end), emphasised: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), emphasised: false });
  return segments;
}
