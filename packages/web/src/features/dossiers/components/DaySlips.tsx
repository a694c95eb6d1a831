import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useLang } from '../../../lib/localize';
import { hasRole, type StaffUser } from '../../auth/api';
import { type CounterSlipItem, todayInVietnam, useCounterSlips } from '../counter-slips-api';
import { formatInstant } from '../dossier-format';
import './day-slips.css';

/**
 * "Phiếu trong ngày" on the counter's home: the supplement requests (Form 02) and refusals (Form 03) issued
 * on a day, each to print again; a Form 02 the applicant comes back to is taken in again from here.
 */
export function DaySlips({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState(todayInVietnam);
  const isCounter = hasRole(user, 'counter-officer');
  if (!isCounter && !hasRole(user, 'supervisor')) return null;
  return (
    <section aria-labelledby={`${id}-h`} className="section day-slips">
      <h2 id={`${id}-h`}>{t('daySlips.heading')}</h2>
      <p className="hint">{t('daySlips.intro')}</p>
      <p className="field day-slips-date">
        <label htmlFor={`${id}-date`}>{t('daySlips.date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={date}
          max={todayInVietnam()}
          onChange={(e) => e.target.value && setDate(e.target.value)}
        />
      </p>
      <SlipList date={date} canReopen={isCounter} />
    </section>
  );
}

function SlipList({ date, canReopen }: { date: string; canReopen: boolean }) {
  const { t } = useTranslation();
  const slips = useCounterSlips(date);
  if (slips.isPending) return <Loading />;
  if (slips.isError) return <ErrorMessage error={slips.error} onRetry={() => void slips.refetch()} />;
  if (slips.data.items.length === 0) return <p role="status">{t('daySlips.none')}</p>;
  return (
    <ul className="day-slip-list">
      {slips.data.items.map((s) => (
        <Slip key={s.id} slip={s} canReopen={canReopen} />
      ))}
    </ul>
  );
}

function Slip({ slip, canReopen }: { slip: CounterSlipItem; canReopen: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = `slip-${slip.id}`;
  const reopenTo = `/can-bo/tiep-nhan?thu-tuc=${encodeURIComponent(slip.procedure.code)}&phieu=${slip.id}`;
  return (
    <li className={`day-slip day-slip-${slip.form}`} aria-labelledby={titleId}>
      <p id={titleId} className="day-slip-title">
        <span className="badge">{t(`daySlips.form${slip.form}`)}</span>{' '}
        <span className="strong">{t('daySlips.number', { number: slip.number })}</span>{' '}
        <span className="day-slip-time">{formatInstant(slip.issuedAt, lang)}</span>
      </p>
      <p>
        <span className="strong" lang="vi">
          {slip.applicantName}
        </span>{' '}
        — <span lang="vi">{slip.procedure.name}</span>
        {slip.case.name && (
          <span className="component-extra" lang="vi">
            {slip.case.name}
          </span>
        )}
      </p>
      {slip.form === '02' && slip.missing.length > 0 && (
        <div>
          <p className="day-slip-label">{t('daySlips.missing')}</p>
          <ul className="missing-list">
            {slip.missing.map((m) => (
              <li key={m.id} lang="vi">
                {m.name} ({t(`form.${m.form}`)}, {m.quantity})
              </li>
            ))}
          </ul>
        </div>
      )}
      {slip.form === '03' && slip.reason && (
        <p>
          <span className="day-slip-label">{t('daySlips.reason')}</span> <span lang="vi">{slip.reason}</span>
        </p>
      )}
      <p className="actions">
        <a className="button button-secondary button-small" href={slip.url} target="_blank" rel="noopener">
          {t('daySlips.print', { number: slip.number })}
        </a>
        {slip.form === '02' &&
          (slip.reopened ? (
            <span className="day-slip-reopened">
              {t('daySlips.reopened')}{' '}
              <Link to={`/can-bo/ho-so/${encodeURIComponent(slip.reopened.dossierCode)}`}>
                <code>{slip.reopened.dossierCode}</code>
              </Link>
            </span>
          ) : (
            canReopen && (
              <Link
                className="button button-primary button-small"
                to={reopenTo}
                aria-label={t('daySlips.reopenLabel', { number: slip.number, name: slip.applicantName })}
              >
                {t('daySlips.reopen')}
              </Link>
            )
          ))}
      </p>
    </li>
  );
}
