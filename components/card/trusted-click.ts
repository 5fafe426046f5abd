// The card's buttons that change something (a switch, Undo, adding an article, the side panel)
// act on the reader's own clicks only: a page script can dispatch a click into the card's open
// shadow root, but never a trusted one.
export function onTrustedClick(action: () => void): (event: Event) => void {
  return (event) => {
    if (event.isTrusted) action();
  };
}
