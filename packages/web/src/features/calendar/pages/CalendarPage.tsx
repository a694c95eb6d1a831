import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { formatPlainDate, todayInVietnam } from '../../../lib/format';
import { useLang, usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useHolidays } from '../api';
import { DaySourceNote } from '../components/DaySourceNote';
import { DueDateCalculator } from '../components/DueDateCalculator';
import { KindBadge } from '../components/KindBadge';

export function parseYear(value: string | null, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : fallback;
}

export function currentYear(): number {
  return Number(todayInVietnam().slice(0, 4));
}

export function CalendarPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const pick = usePick();
  const [params] = useSearchParams();
  const year = parseYear(params.get('year'), currentYear());
  const holidays = useHolidays(year);
  useDocumentTitle(t('calendar.heading', { year }));

  const data = holidays.data;
  const days = [...(data?.days ?? [])].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <div className="calendar-page">
      <h1>{t('calendar.heading', { year })}</h1>
      <p className="lead">{t('calendar.intro')}</p>

      <nav className="year-nav" aria-label={t('calendar.year')}>
        <Link to={`/lich-lam-viec?year=${year - 1}`} rel="prev">
          ‹ {t('calendar.previousYear')} ({year - 1})
        </Link>
        <Link to={`/lich-lam-viec?year=${year + 1}`} rel="next">
          {t('calendar.nextYear')} ({year + 1}) ›
        </Link>
      </nav>

      <div className="calendar-layout">
        <section aria-labelledby="days-off-heading" className="days-off">
          <h2 id="days-off-heading" className="visually-hidden">
            {t('calendar.heading', { year })}
          </h2>
          {holidays.isPending && <Loading />}
          {holidays.isError && (
            <ErrorMessage error={holidays.error} onRetry={() => void holidays.refetch()} />
          )}
          {data && (
            <>
              {data.status === 'provisional' ? (
                <div className="alert alert-warning flag-provisional" role="note">
                  <p>
                    <strong>{t('calendar.provisional')}</strong>
                  </p>
                  <p className="small">{t('calendar.provisionalNote')}</p>
                </div>
              ) : (
                <div className="status-official">
                  <p>
                    <span className="badge badge-official">{t('calendar.official')}</span>
                  </p>
                  <p className="small">{t('calendar.officialNote')}</p>
                </div>
              )}
              {days.length === 0 ? (
                <p>{t('calendar.empty')}</p>
              ) : (
                <ScrollRegion label={t('calendar.heading', { year })}>
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('calendar.colDate')}</th>
                        <th scope="col">{t('calendar.colNameSource')}</th>
                        <th scope="col" className="col-kind">
                          {t('calendar.colKind')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {days.map((d) => (
                        <tr key={`${d.date}-${d.kind}`} className={`row-${d.kind}`}>
                          <td className="col-date">
                            <time dateTime={d.date}>{formatPlainDate(d.date, lang)}</time>
                            {/* On a phone the kind moves under the date, so the table needs no sideways scroll. */}
                            <span className="kind-inline">
                              <KindBadge kind={d.kind} />
                            </span>
                          </td>
                          <td>
                            <span className="day-name">{pick(d.name, d.nameEn)}</span>
                            <DaySourceNote source={d.source} />
                          </td>
                          <td className="col-kind">
                            <KindBadge kind={d.kind} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              )}
            </>
          )}
        </section>
        <DueDateCalculator />
      </div>
    </div>
  );
}
