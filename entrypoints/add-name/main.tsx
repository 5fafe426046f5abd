import { render } from 'preact';
import { t, uiLanguage } from '../../components/options/i18n.ts';
import { AddNamePage } from '../../components/reading/AddNamePage.tsx';
import '../../components/popup/popup.css';
import '../../components/reading/reading.css';

document.documentElement.lang = uiLanguage;
document.title = t('yours_name_form_title');
render(<AddNamePage />, document.getElementById('app')!);
