import { render } from 'preact';
import { browser } from 'wxt/browser';
import { kbLanguage, t } from '../../components/options/i18n.ts';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp.tsx';
import '../../components/sidepanel/sidepanel.css';
import '../../components/reading/reading.css';

// The language of the words on the page (the message bundle the browser picked).
document.documentElement.lang = kbLanguage;
document.title = t('panel_title');
const optionsUrl = (entity: string) => `${browser.runtime.getURL('/options.html')}#entity=${encodeURIComponent(entity)}`;
render(<SidePanelApp optionsUrl={optionsUrl} />, document.getElementById('app')!);
