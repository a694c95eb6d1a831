import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffUser } from '../../auth/api';
import { type Queue, useQueueCounts } from '../api';
import './work-summary.css';

/** The staff home's counts, each a link to its queue: what waits on me, what is due soon, late, on hold. */
const SUMMARY: readonly Queue[] = ['mine', 'due-soon', 'overdue', 'waiting'];

export function WorkSummary({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const counts = useQueueCounts(undefined, SUMMARY);
  const handlesDossiers = ['counter-officer', 'specialist', 'leader', 'clerical', 'supervisor'].some((r) =>
    user.roles.includes(r),
  );
  if (!handlesDossiers) return null;
  return (
    <section aria-labelledby="work-summary" className="section">
      <h2 id="work-summary">{t('workSummary.heading')}</h2>
      <ul className="work-summary">
        {SUMMARY.map((queue, i) => {
          const count = counts[i]?.data;
          return (
            <li key={queue}>
              <Link to={`/can-bo/ho-so?queue=${queue}`} className={`work-card work-card-${queue}`}>
                {/* The number's box is there before it loads, so nothing below moves. */}
                <span className="work-count" aria-hidden={count === undefined}>
                  {count ?? '–'}
                </span>
                <span className="work-label">{t(`workSummary.${queue}`)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
