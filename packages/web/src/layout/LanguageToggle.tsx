import { useTranslation } from 'react-i18next';
import { type Lang, setLang } from '../i18n';
import { useLang } from '../lib/localize';

const LANGS: readonly { lang: Lang; key: 'language.vi' | 'language.en' }[] = [
  { lang: 'vi', key: 'language.vi' },
  { lang: 'en', key: 'language.en' },
];

export function LanguageToggle() {
  const { t } = useTranslation();
  const current = useLang();
  return (
    <fieldset className="lang-toggle">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGS.map(({ lang, key }, i) => (
        <span key={lang}>
          {i > 0 && (
            <span className="lang-sep" aria-hidden="true">
              |
            </span>
          )}
          <button
            type="button"
            lang={lang}
            aria-pressed={current === lang}
            className={current === lang ? 'lang-button is-current' : 'lang-button'}
            onClick={() => setLang(lang)}
          >
            {t(key)}
          </button>
        </span>
      ))}
    </fieldset>
  );
}
