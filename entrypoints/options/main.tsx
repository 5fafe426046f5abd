import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { t, uiLanguage } from '../../components/options/i18n.ts';
import '../../components/options/options.css';
import '../../components/reading/reading.css';

document.documentElement.lang = uiLanguage;
document.title = t('options_title');
render(<OptionsApp />, document.getElementById('app')!);
