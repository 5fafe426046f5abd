import { answer } from '../../lib/messaging.ts';
import type { BackgroundRequests } from '../../lib/messages.ts';
import { entityDetails } from '../../lib/entity-details.ts';
import { pageConfig } from '../../lib/page-config.ts';
import { loadActiveKb } from './active-kb.ts';

export default defineBackground(() => {
  answer<BackgroundRequests>({
    'page:config': async ({ url }) => pageConfig(await loadActiveKb(), url),
    'entity:details': async ({ id }) => entityDetails(await loadActiveKb(), id),
  });
});
