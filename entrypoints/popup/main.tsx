import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp.tsx';
import { kbLanguage, t } from '../../components/options/i18n.ts';
import '../../components/popup/popup.css';
import '../../components/reading/reading.css';

// The language of the words on the page (the message bundle the browser picked).
document.documentElement.lang = kbLanguage;
document.title = t('popup_title');
render(<PopupApp />, document.getElementById('app')!);
