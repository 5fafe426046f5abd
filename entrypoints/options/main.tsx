import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { kbLanguage, t } from '../../components/options/i18n.ts';
import '../../components/options/options.css';
import '../../components/reading/reading.css';

// The language of the words on the page (the message bundle the browser picked).
document.documentElement.lang = kbLanguage;
document.title = t('options_title');
render(<OptionsApp />, document.getElementById('app')!);
