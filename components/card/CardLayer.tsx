// Everything inside the shadow root: the card when one is open, and a polite live region
// that stays in place between cards so screen readers announce each one.
import { Card, type CardProps } from './Card.tsx';

export function CardLayer({ card, announcement }: { card?: CardProps; announcement: string }) {
  return (
    <>
      {card && <Card {...card} />}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{announcement}</div>
    </>
  );
}
