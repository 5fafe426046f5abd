// A polite live region that stays in place between cards, so screen readers announce each one.
export function LiveRegion({ announcement }: { announcement: string }) {
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{announcement}</div>
  );
}
