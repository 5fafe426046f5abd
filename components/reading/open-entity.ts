// Opens a name in the options page's entity view (the background opens the tab, as it does for
// the card's link).
import { askBackground } from '../../lib/messaging.ts';

export function openEntity(id: string): void {
  void askBackground('options:open', { entity: id }).catch(() => undefined);
}
