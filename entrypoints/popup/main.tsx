import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp.tsx';
import { t, uiLanguage } from '../../components/options/i18n.ts';
import '../../components/popup/popup.css';
import '../../components/reading/reading.css';

document.documentElement.lang = uiLanguage;
document.title = t('popup_title');
render(<PopupApp />, document.getElementById('app')!);
