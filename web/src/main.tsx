import { render } from 'preact';
import { App } from './app.tsx';
import { applyToDocument, loadDictionary } from './i18n/i18n.tsx';
import { rememberedLocale } from './i18n/locale.ts';
import './styles.css';

const locale = rememberedLocale();
const dictionary = await loadDictionary(locale);
applyToDocument(locale, dictionary);
render(<App locale={locale} dictionary={dictionary} />, document.getElementById('app')!);
