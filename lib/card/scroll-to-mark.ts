// Brings a mark into view for the keyboard path: its scrolling containers first (the element
// around it, nearest edge), then the window, so the mark sits a third of the way down with
// room for the card below it. Instant, not smooth: the card is placed right after.
export function scrollMarkIntoView(range: Range, win: Window = window): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = range.getBoundingClientRect();
  const margin = 48;
  if (rect.top < margin || rect.bottom > win.innerHeight - margin) {
    win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: 'instant' });
  }
}
