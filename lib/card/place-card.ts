// Keeps the card next to its line box and inside the viewport: below the line when there is
// room, above it otherwise (flip), slid sideways and vertically to stay on screen (shift),
// and never taller or wider than the viewport allows (size; the card scrolls inside).
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

const GAP = 6;
const EDGE = 8;

export async function placeCard(anchor: VirtualElement, card: HTMLElement): Promise<void> {
  const { x, y } = await computePosition(anchor, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(GAP),
      flip({ padding: EDGE }),
      size({
        padding: EDGE,
        // As custom properties, so the card's own CSS still caps its width (see card.css).
        apply({ availableWidth, availableHeight, elements }) {
          elements.floating.style.setProperty('--available-width', `${Math.max(120, Math.floor(availableWidth))}px`);
          elements.floating.style.setProperty('--available-height', `${Math.max(80, Math.floor(availableHeight))}px`);
        },
      }),
      shift({ padding: EDGE, crossAxis: true }),
    ],
  });
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
}

/** Places the card now and again whenever the page scrolls or resizes; returns the stop. */
export function keepCardPlaced(anchor: VirtualElement, card: HTMLElement, onPlaced?: () => void): () => void {
  return autoUpdate(anchor, card, () => {
    void placeCard(anchor, card).then(onPlaced);
  });
}
