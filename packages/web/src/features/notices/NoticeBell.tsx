import { useTranslation } from 'react-i18next';
import { useNotices } from './api';

/**
 * Inside the header's link to the staff home: how many deadline warnings are unread (nothing when none).
 * A count in a badge rather than a bell glyph, which not every phone's fonts draw.
 */
export function NoticeBell() {
  const { t } = useTranslation();
  const unread = useNotices().data?.unread ?? 0;
  if (unread === 0) return null;
  return (
    <span className="badge badge-warned notice-bell" title={t('notices.bellLabel', { count: unread })}>
      <span aria-hidden="true">{unread}</span>
      <span className="visually-hidden">{t('notices.bellLabel', { count: unread })}</span>
    </span>
  );
}
