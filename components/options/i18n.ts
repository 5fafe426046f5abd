// UI strings for the options page and the popup, through browser.i18n (English and German,
// public/_locales). Components take `t` from here; lib/ code takes it as a parameter.
import { browser } from 'wxt/browser';
import { cardLanguage } from '../../lib/card/card-language.ts';
import type { Translate } from '../../lib/translate.ts';

const getMessage = browser.i18n.getMessage as unknown as (key: string, substitutions?: string[]) => string;

/** Falls back to the key, so a missing translation shows up instead of an empty label. */
export const t: Translate = (key, substitutions) => getMessage(key, substitutions?.map(String)) || key;

export const uiLanguage = browser.i18n.getUILanguage();

/** The language of entity descriptions and other KB texts: that of the message bundle the browser
 * picked (so they always match the page's own words, as in the card), else of the browser's UI. */
export const kbLanguage = cardLanguage(t('card_language') || uiLanguage);
