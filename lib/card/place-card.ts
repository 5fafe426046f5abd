// Keeps the card next to its line box and inside the viewport: below the line when there is
// room, above it otherwise (flip), slid sideways to stay on screen (shift), and never taller or
// wider than the room there allows (size). Shift runs before size, so the width offered is the
// viewport's, not what is left right of the mark: a mark near the right edge of a phone gets a
// full-width card slid left, not a sliver. It never slides over the line itself.
import { autoUpdate, computePosition, flip, offset, shift, size, type ComputePositionConfig, type VirtualElement } from '@floating-ui/dom';

const GAP = 6;
const EDGE = 8;

/** What the size middleware last wrote on each card: writing the same again would still make
 * the browser restyle the card, and the middleware measures the card right after. */
const written = new WeakMap<HTMLElement, string>();

/** The room beside the line as the card's max-width and max-height. Plain properties, not
 * custom ones: those are inherited, and changing one restyles every element in the card. */
function setRoom(card: HTMLElement, width: number, height: number): void {
  const key = `${width}x${height}`;
  if (written.get(card) === key) return;
  written.set(card, key);
  card.style.maxWidth = `min(var(--widest, 352px), ${width}px)`;
  card.style.maxHeight = `${height}px`;
}

const options = {
  strategy: 'fixed',
  placement: 'bottom-start',
  middleware: [
    offset(GAP),
    flip({ padding: EDGE }),
    shift({ padding: EDGE }),
    size({
      padding: EDGE,
      // Capped by the card's own --widest (card.css), wider when expanded.
      apply({ availableWidth, availableHeight, elements }) {
        setRoom(elements.floating, Math.max(120, Math.floor(availableWidth)), Math.max(80, Math.floor(availableHeight)));
      },
    }),
  ],
} as const satisfies ComputePositionConfig;

export async function placeCard(anchor: VirtualElement, card: HTMLElement): Promise<void> {
  const { x, y } = await computePosition(anchor, card, options);
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
}

/**
 * Runs the placement once against an element that is not on the page and throws the result
 * away. The first run of this code is several times slower than the next ones (the engine
 * compiles it); this way it happens while the pointer rests, not when the first card opens.
 */
export function rehearsePlacement(anchor: VirtualElement, doc: Document = document): void {
  try {
    void computePosition(anchor, doc.createElement('div'), options).catch(() => {});
  } catch {
    // Only a head start.
  }
}

/** Places the card now and again whenever the page scrolls or resizes; returns the stop. */
export function keepCardPlaced(anchor: VirtualElement, card: HTMLElement, onPlaced?: () => void): () => void {
  return autoUpdate(anchor, card, () => {
    void placeCard(anchor, card).then(onPlaced);
  });
}
