import type { CaseSummary } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPlainDate } from '../../lib/format';
import { useLang } from '../../lib/localize';
import type { StaffUser } from '../auth/api';
import { COMPLAINTS_NS } from './messages';

/** "còn 5 ngày" / "quá hạn 2 ngày" (in red) / "hết hạn hôm nay", in the clock's own unit. */
export function ClockBadge({ clock }: { clock: CaseSummary['clock'] }) {
  const { t } = useTranslation(COMPLAINTS_NS);
  const lang = useLang();
  if (!clock) return <span className="badge">{t('clock.closed')}</span>;
  const text = clock.overdue
    ? t('clock.overdue', { count: -clock.daysLeft })
    : clock.daysLeft === 0
      ? t('clock.today')
      : t(clock.unit === 'working' ? 'clock.leftWorking' : 'clock.left', { count: clock.daysLeft });
  const tone = clock.overdue ? 'badge-overdue' : clock.daysLeft <= 3 ? 'badge-due-soon' : '';
  return (
    <span className={`case-clock ${clock.overdue ? 'due-overdue' : ''}`}>
      <span className={`badge ${tone}`}>{text}</span>{' '}
      <span className="muted">
        {t('clock.due', { date: '' })}
        <time dateTime={clock.due}>{formatPlainDate(clock.due, lang, false)}</time>
      </span>
    </span>
  );
}

const READERS = ['counter-officer', 'specialist', 'leader', 'inspector', 'supervisor', 'system-admin'];
const RECEIVERS = ['counter-officer', 'specialist', 'leader', 'inspector'];

/** The staff home's links to the register, for the roles that read it (links only: the server decides). */
export function ComplaintLinks({ user }: { user: StaffUser }) {
  const { t } = useTranslation(COMPLAINTS_NS);
  if (!READERS.some((r) => user.roles.includes(r))) return null;
  return (
    <section aria-labelledby="complaint-links" className="section">
      <h2 id="complaint-links">{t('homeSection')}</h2>
      <ul className="link-list">
        <li>
          <Link to="/can-bo/khieu-nai-to-cao">{t('registerLink')}</Link>
        </li>
        {RECEIVERS.some((r) => user.roles.includes(r)) && (
          <li>
            <Link to="/can-bo/khieu-nai-to-cao/tiep-nhan">{t('receiveLink')}</Link>
          </li>
        )}
      </ul>
    </section>
  );
}
