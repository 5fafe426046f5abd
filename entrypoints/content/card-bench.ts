// `npm run bench` only: how long from the end of the hover delay to the card on screen
// (details fetched, rendered, placed, and the next frame painted).
export function reportOpenLatency(openedAt: number): void {
  if (!__KB_BENCH__) return;
  requestAnimationFrame(() =>
    // A task queued from a frame callback runs after that frame is painted.
    setTimeout(() => {
      const openLatencyMs = Math.round((performance.now() - openedAt) * 10) / 10;
      console.debug('kb-bench-card', JSON.stringify({ openLatencyMs }));
    }),
  );
}
