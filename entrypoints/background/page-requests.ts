// Answers for pages being marked: their config (the active KB and the reader's names, less the
// reader's switches for that site), an entity's card (from every source, with the reader's note
// and what is new since they last opened it) and a tab's word that it has re-marked; and the
// popup's view of a tab.
import { detailsAcrossSources } from '../../lib/reading/details-across-sources.ts';
import type { BackgroundRequests } from '../../lib/messages.ts';
import type { Handlers } from '../../lib/messaging.ts';
import { pageConfig, siteOf } from '../../lib/page-config.ts';
import { entitiesOffOnSite, getEntitySwitches, getNote } from '../../lib/store/reader-layer.ts';
import { lastOpened } from '../../lib/store/reader-knowledge.ts';
import { getSettings } from '../../lib/store/settings.ts';
import { database } from './database.ts';
import { groupsForPage, namesForPage } from './page-index.ts';
import { effectiveKnowledge } from './reader-knowledge.ts';
import { rememberTabAddress, tabAddress } from './tab-addresses.ts';
import { tabRemarked } from './tab-remarking.ts';

export const pageRequests: Handlers<BackgroundRequests> = {
  'page:config': async ({ url }, sender) => {
    if (sender.tab?.id !== undefined && sender.frameId === 0) rememberTabAddress(sender.tab.id, sender.url ?? url);
    const db = await database();
    const [layer, settings] = await Promise.all([getEntitySwitches(db), getSettings(db)]);
    const disabledEntities = entitiesOffOnSite(layer, siteOf(url));
    const { kbVersion, names } = await namesForPage(disabledEntities);
    return pageConfig(kbVersion, names, url, {
      paused: settings.paused,
      sitesOff: settings.sitesOff,
      disabledEntities,
      openDelay: settings.openDelayMs,
      closeDelay: settings.closeDelayMs,
    });
  },

  'names:groups': async ({ id, url, words, chars }) => {
    const layer = await getEntitySwitches(await database());
    return groupsForPage(id, entitiesOffOnSite(layer, siteOf(url)), { words, chars });
  },

  'entity:details': async ({ id }) => {
    const db = await database();
    const [knowledge, note, opened] = await Promise.all([effectiveKnowledge(), getNote(db, id), lastOpened(db, id)]);
    return detailsAcrossSources(knowledge, id, note, opened);
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
