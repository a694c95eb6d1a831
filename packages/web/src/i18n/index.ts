import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
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
  void showIn(lang);
}

/**
 * English comes in its own chunk, fetched only by those who read it: most visitors read Vietnamese, and the
 * dictionary is a tenth of the JavaScript a phone downloads before the first page.
 */
async function showIn(lang: Lang): Promise<void> {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./en');
    i18n.addResourceBundle('en', 'translation', en);
  }
  await i18n.changeLanguage(lang);
}

i18n.on('languageChanged', applyLang);

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  partialBundledLanguages: true,
  lng: 'vi',
  fallbackLng: 'vi',
  // A page with its own namespace (the citizen submission's) still finds the site's keys.
  fallbackNS: 'translation',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

applyLang(i18n.language);

/** Settled once the reader's language can be shown: main.tsx renders after it, so English never flashes. */
export const i18nReady: Promise<void> = readStoredLang() === 'en' ? showIn('en') : Promise.resolve();

export default i18n;
