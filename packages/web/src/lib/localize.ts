import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' || i18n.language === 'en' ? 'en' : 'vi';
}

/** The English text when the UI is English and the API gave one; otherwise the Vietnamese. */
export function pick(lang: Lang, vi: string, en: string | null | undefined): string {
  return lang === 'en' && en ? en : vi;
}

export function usePick(): (vi: string, en: string | null | undefined) => string {
  const lang = useLang();
  return (v, e) => pick(lang, v, e);
}
