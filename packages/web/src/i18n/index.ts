import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi } from './vi';

export type Lang = 'vi' | 'en';

export const LANG_STORAGE_KEY = 'motcua.lang';

function readStoredLang(): Lang {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function applyLang(lang: string): void {
  document.documentElement.lang = lang === 'en' ? 'en' : 'vi';
}

export function setLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice simply lasts for this page.
  }
  void i18n.changeLanguage(lang);
}

i18n.on('languageChanged', applyLang);

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: readStoredLang(),
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

applyLang(i18n.language);

export default i18n;
