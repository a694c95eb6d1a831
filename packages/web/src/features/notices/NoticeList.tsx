import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPlainDate } from '../../lib/format';
import { useLang } from '../../lib/localize';
import { useMarkNoticeRead, useNotices } from './api';

/**
 * "Thông báo" on the staff home (issue 11, item 4): the deadline warnings written for this officer, unread
 * first in weight; opening the dossier marks the notice read.
 */
export function NoticeList() {
  const { t } = useTranslation();
  const lang = useLang();
  const notices = useNotices();
  const markRead = useMarkNoticeRead();
  const items = notices.data?.items ?? [];
  return (
    <section aria-labelledby="notices" className="section" id="thong-bao">
      <h2 id="notices">
        {t('notices.heading')}
        {notices.data && notices.data.unread > 0 && (
          <span className="badge badge-warned notice-count">
            {t('notices.unread', { count: notices.data.unread })}
          </span>
        )}
      </h2>
      {notices.data && items.length === 0 && <p className="muted">{t('notices.none')}</p>}
      {items.length > 0 && (
        <ul className="link-list notice-list">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? 'notice-read' : 'notice-unread'}>
              <Link
                to={`/can-bo/ho-so/${encodeURIComponent(n.dossierCode)}`}
                onClick={() => {
                  if (!n.readAt) markRead.mutate(n.id);
                }}
              >
                {t(n.kind === 'leader-warning' ? 'notices.leaderWarning' : 'notices.officerWarning', {
                  code: n.dossierCode,
                  date: formatPlainDate(n.dueDate, lang),
                })}
              </Link>{' '}
              <span className="muted small" lang="vi">
                {n.procedureName}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
