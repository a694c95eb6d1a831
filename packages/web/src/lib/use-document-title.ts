import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title to "<page> · MotCua — Một cửa" (screen readers announce it on navigation). */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const site = t('site.title');
  useEffect(() => {
    document.title = title ? `${title} · ${site}` : site;
  }, [title, site]);
}
