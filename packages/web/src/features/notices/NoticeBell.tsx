import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotices } from './api';

/** The header's bell for a signed-in officer: how many deadline warnings are unread, to the staff home's list. */
export function NoticeBell() {
  const { t } = useTranslation();
  const unread = useNotices().data?.unread ?? 0;
  if (unread === 0) return null;
  return (
    <Link
      to="/can-bo#thong-bao"
      className="notice-bell"
      aria-label={t('notices.bellLabel', { count: unread })}
    >
      <span aria-hidden="true">🔔</span> {unread}
    </Link>
  );
}
