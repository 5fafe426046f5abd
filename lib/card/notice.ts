// A short notice in the card's host: what a switch or "Add this article" did, with Undo where
// it can be undone. It is apart from the card, so it stays when the card closes (a switch
// removes the very mark the card was at).
export interface Notice {
  text: string;
  /** More lines (what an added article mentions). */
  details?: readonly string[];
  /** Offered while the change can be undone. */
  undo?: () => void;
  /** Whether the notice reports a failure (shown as an alert, not a status). */
  failed?: boolean;
}
