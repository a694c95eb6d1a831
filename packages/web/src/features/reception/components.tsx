import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lang } from '../../i18n';
import type { StaffUser } from '../auth/api';
import type { ScheduleEntryT } from './api';
import { RECEPTION_NS } from './messages';

const EN_DAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Thứ Năm hằng tuần" / "Ngày 15 hằng tháng", in the page's language. */
export function recurrenceText(t: TFunction, lang: Lang, r: ScheduleEntryT['recurrence']): string {
  if (r.kind === 'weekly') {
    if (r.weekday === 7) return t('reception.sunday');
    return t('reception.weekly', { day: lang === 'en' ? EN_DAYS[r.weekday] : String(r.weekday + 1) });
  }
  if (r.kind === 'monthly') return t('reception.monthly', { day: r.day });
  return t('reception.dates', { dates: r.dates.join(', ') });
}

/** The public pages' links to one another (reception, dialogues, hotlines). */
export function ReceptionNav({ current }: { current: 'reception' | 'dialogues' | 'contacts' }) {
  const { t } = useTranslation(RECEPTION_NS);
  const links = [
    ['reception', '/tiep-cong-dan'],
    ['dialogues', '/doi-thoai'],
    ['contacts', '/duong-day-nong'],
  ] as const;
  return (
    <nav className="reception-nav no-print" aria-label={t('reception.links.reception')}>
      {links.map(([key, to]) =>
        key === current ? (
          <span key={key} aria-current="page" className="badge">
            {t(`reception.links.${key}`)}
          </span>
        ) : (
          <Link key={key} to={to}>
            {t(`reception.links.${key}`)}
          </Link>
        ),
      )}
    </nav>
  );
}

const READERS = ['counter-officer', 'specialist', 'leader', 'inspector', 'supervisor', 'system-admin'];

/** The staff home's link to the reception page, for the roles that read it (the server decides). */
export function ReceptionLinks({ user }: { user: StaffUser }) {
  const { t } = useTranslation(RECEPTION_NS);
  if (!READERS.some((r) => user.roles.includes(r))) return null;
  return (
    <section aria-labelledby="reception-links" className="section">
      <h2 id="reception-links">{t('staffReception.homeSection')}</h2>
      <ul className="link-list">
        <li>
          <Link to="/can-bo/tiep-cong-dan">{t('staffReception.homeLink')}</Link>
        </li>
      </ul>
    </section>
  );
}
