import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { buildQuery } from '../../../lib/api-client';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { hasRole, type StaffUser } from '../../auth/api';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { isQueue, QUEUE_PAGE_SIZE, QUEUES, type Queue, useDossierQueue, useQueueCounts } from '../api';
import { DueDate } from '../components/DueDate';
import { StatusBadge } from '../components/StatusBadge';
import { formatWhen } from '../dossier-format';

export function QueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('queue.docTitle'));
  return <RequireStaff>{(user) => <Queues user={user} />}</RequireStaff>;
}

function Queues({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const rawQueue = params.get('queue');
  const queue: Queue = isQueue(rawQueue) ? rawQueue : 'all';
  const q = params.get('q')?.trim() ?? '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const [input, setInput] = useState(q);
  useEffect(() => setInput(q), [q]);

  const list = useDossierQueue({ queue, q: q || undefined, page });
  const counts = useQueueCounts(q || undefined);

  const link = (next: { queue?: Queue; page?: number }) =>
    `/can-bo/ho-so${buildQuery({
      queue: (next.queue ?? queue) === 'all' ? undefined : (next.queue ?? queue),
      q: q || undefined,
      page: next.page && next.page > 1 ? next.page : undefined,
    })}`;

  const search = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (queue !== 'all') next.set('queue', queue);
    if (input.trim()) next.set('q', input.trim());
    setParams(next);
  };

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / (list.data?.pageSize ?? QUEUE_PAGE_SIZE)));

  return (
    <div className="queue">
      <p className="eyebrow">{t('auth.staffTitle')}</p>
      <div className="page-head">
        <h1>{t('queue.heading')}</h1>
        {hasRole(user, 'counter-officer') && (
          <Link className="button button-primary" to="/can-bo/tiep-nhan">
            + {t('queue.intakeLink')}
          </Link>
        )}
      </div>

      <search className="search queue-search">
        <form className="search-form" onSubmit={search}>
          <label htmlFor="queue-q" className="search-label">
            {t('queue.searchLabel')}
          </label>
          <div className="search-row">
            <input
              id="queue-q"
              type="search"
              value={input}
              onChange={(e) => setInput(e.target.value)}
              aria-describedby="queue-q-hint"
              autoComplete="off"
            />
            <button type="submit" className="button button-primary">
              {t('queue.search')}
            </button>
          </div>
          <p id="queue-q-hint" className="hint">
            {t('queue.searchHint')}
          </p>
        </form>
        {q && (
          <p>
            <Link to={`/can-bo/ho-so${buildQuery({ queue: queue === 'all' ? undefined : queue })}`}>
              {t('queue.clear')}
            </Link>
          </p>
        )}
      </search>

      <nav aria-label={t('queue.tabsLabel')} className="queue-tabs">
        <ul>
          {QUEUES.map((name, i) => {
            const count = counts[i]?.data;
            return (
              <li key={name}>
                <Link
                  to={link({ queue: name, page: 1 })}
                  aria-current={name === queue ? 'page' : undefined}
                  className={`queue-tab queue-tab-${name}`}
                >
                  {t(`queue.tab.${name}`)}
                  {count !== undefined && <span className="queue-count">{count}</span>}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          <p className="results-count" role="status">
            {t('queue.total', { count: total })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{t('queue.empty')}</p>
          ) : (
            <ScrollRegion label={t('queue.tableLabel')}>
              <table className="data-table queue-table">
                <caption className="visually-hidden">
                  {t('queue.tableLabel')}: {t(`queue.tab.${queue}`)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dossier.code')}</th>
                    <th scope="col">{t('dossier.procedure')}</th>
                    <th scope="col">{t('dossier.applicant')}</th>
                    <th scope="col">{t('dossier.status')}</th>
                    <th scope="col">{t('dossier.receivedAt')}</th>
                    <th scope="col">{t('dossier.dueDate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((d) => (
                    <tr
                      key={d.code}
                      className={d.isOverdue ? 'row-overdue' : d.dueSoon ? 'row-due-soon' : undefined}
                    >
                      <th scope="row">
                        <Link to={`/can-bo/ho-so/${encodeURIComponent(d.code)}`} className="nowrap">
                          {d.code}
                        </Link>
                      </th>
                      <td lang="vi">{d.procedureName}</td>
                      <td>{d.applicantName}</td>
                      <td>
                        <StatusBadge statusKey={d.statusKey} label={d.statusLabel} />
                        {d.homeService && (
                          <span className="badge badge-home">{t('dossierPage.homeServiceFlag')}</span>
                        )}
                      </td>
                      <td className="nowrap">{formatWhen(d.receivedAt, lang)}</td>
                      <td>
                        <DueDate dueDate={d.dueDate} isOverdue={d.isOverdue} dueSoon={d.dueSoon} />
                        {d.deadlineWarning && (
                          <span className="badge badge-warned" title={t('notices.badgeTitle')}>
                            {t(
                              d.deadlineWarning === 'leader-warning'
                                ? 'notices.badgeLeader'
                                : 'notices.badgeOfficer',
                            )}
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          {pages > 1 && (
            <nav className="pagination" aria-label={t('results.pagination')}>
              <ul>
                <li>
                  {page > 1 ? (
                    <Link to={link({ page: page - 1 })}>{t('results.previous')}</Link>
                  ) : (
                    <span className="is-disabled">{t('results.previous')}</span>
                  )}
                </li>
                <li>{t('results.pageOf', { page, pages })}</li>
                <li>
                  {page < pages ? (
                    <Link to={link({ page: page + 1 })}>{t('results.next')}</Link>
                  ) : (
                    <span className="is-disabled">{t('results.next')}</span>
                  )}
                </li>
              </ul>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
