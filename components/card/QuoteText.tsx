// One sentence from the article with the entity's name emphasised. Every piece is a text
// child, so markup in a KB is shown, never parsed.
import type { Context } from '../../lib/kb-schema.ts';
import { quoteSegments } from '../../lib/card/quote-segments.ts';

export function QuoteText({ context }: { context: Pick<Context, 'text' | 'spans'> }) {
  return (
    <>
      {quoteSegments(context).map((segment, i) =>
        segment.emphasised ? <strong key={i}>{segment.text}</strong> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
