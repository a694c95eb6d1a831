import { useTranslation } from 'react-i18next';

/**
 * Shown while a page's code or data arrives: grey bars where the heading and first paragraphs will be, so
 * the page does not jump when they come (layout shift). Screen readers hear "Đang tải…" once.
 */
export function PageSkeleton({ lines = 4, className = '' }: { lines?: number; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`skeleton ${className}`} role="status" aria-busy="true">
      <span className="visually-hidden">{t('common.loading')}</span>
      <div className="skeleton-bar skeleton-heading" />
      {Array.from({ length: lines }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed placeholder bars, never reordered
        <div key={i} className="skeleton-bar" style={{ width: `${90 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  );
}
