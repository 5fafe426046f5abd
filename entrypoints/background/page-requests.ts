// Answers for pages being marked: their config (the active KB less the reader's switches for
// that site), an entity's card (with the reader's note) and a tab's word that it has re-marked;
// and the popup's view of a tab.
import { entityDetails } from '../../lib/entity-details.ts';
import type { BackgroundRequests } from '../../lib/messages.ts';
import type { Handlers } from '../../lib/messaging.ts';
import { pageConfig, siteOf } from '../../lib/page-config.ts';
import { entitiesOffOnSite, getEntitySwitches, getNote } from '../../lib/store/reader-layer.ts';
import { getSettings } from '../../lib/store/settings.ts';
import { activeKb, database } from './database.ts';
import { rememberTabAddress, tabAddress } from './tab-addresses.ts';
import { tabRemarked } from './tab-remarking.ts';

export const pageRequests: Handlers<BackgroundRequests> = {
  'page:config': async ({ url }, sender) => {
    if (sender.tab?.id !== undefined && sender.frameId === 0) rememberTabAddress(sender.tab.id, sender.url ?? url);
    const db = await database();
    const [kb, layer, settings] = await Promise.all([activeKb(), getEntitySwitches(db), getSettings(db)]);
    return pageConfig(kb, url, {
      paused: settings.paused,
      sitesOff: settings.sitesOff,
      disabledEntities: entitiesOffOnSite(layer, siteOf(url)),
      openDelay: settings.openDelayMs,
      closeDelay: settings.closeDelayMs,
    });
  },

  'entity:details': async ({ id }) => {
    const [kb, note] = await Promise.all([activeKb(), database().then((db) => getNote(db, id))]);
    return entityDetails(kb, id, note);
  },

  'page:remarked': ({ round }, sender) => {
    if (sender.tab?.id !== undefined && sender.frameId === 0) tabRemarked(sender.tab.id, round);
  },

  'tab:state': async ({ tabId, url }) => {
    const address = url ?? tabAddress(tabId);
    const site = address ? siteOf(address) : '';
    const db = await database();
    const [layer, settings] = await Promise.all([getEntitySwitches(db), getSettings(db)]);
    return {
      url: address,
      site,
      paused: settings.paused,
      siteOff: settings.sitesOff.includes(site),
      dismissed: layer.dismissals.filter((d) => d.site === site).map((d) => d.entity),
    };
  },
};
