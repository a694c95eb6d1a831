import { REPORT_STATUSES, type ReportStatus } from '@motcua/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { useReports } from '../api';
import { REPORTS_NS } from '../messages';
import '../reports.css';

/** /can-bo/phan-anh — the inspectorate's list of anonymous reports, newest day first. */
export function InspectorReportsPage() {
  const { t } = useTranslation(REPORTS_NS);
  useDocumentTitle(t('reportInbox.docTitle'));
  return <RequireStaff>{() => <ReportInbox />}</RequireStaff>;
}

function ReportInbox() {
  const { t } = useTranslation(REPORTS_NS);
  const lang = useLang();
  const [status, setStatus] = useState<ReportStatus | ''>('');
  const [page, setPage] = useState(1);
  const list = useReports({ status: status || undefined, page });
  if (isApiError(list.error, 403)) return <p className="alert alert-error">{t('reportInbox.forbidden')}</p>;
  return (
    <div className="reports">
      <h1>{t('reportInbox.title')}</h1>
      <p className="actions">
        <Link to="/can-bo/phan-anh/thong-ke">{t('reportInbox.stats')}</Link>
      </p>
      <div className="field-group report-filter">
        <label htmlFor="report-status">{t('reportInbox.filter')}</label>
        <select
          id="report-status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as ReportStatus | '');
            setPage(1);
          }}
        >
          <option value="">{t('reportInbox.all')}</option>
          {REPORT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`reportStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          <p className="muted">{t('reportInbox.total', { count: list.data.total })}</p>
          {list.data.items.length === 0 && <p>{t('reportInbox.empty')}</p>}
          <ul className="report-list">
            {list.data.items.map((r) => (
              <li key={r.id} className="form-card report-card">
                <p className="report-card-head">
                  <span className="badge">{t(`reportStatus.${r.status}`)}</span>
                  <span className="muted">
                    {t('reportInbox.receivedOn')}: {formatPlainDate(r.receivedOn, lang, false)}
                  </span>
                </p>
                <p className="strong">{t(`reportKind.${r.kind}`)}</p>
                <p className="muted small" lang="vi">
                  {r.agency?.name ?? t('reportInbox.noAgency')}
                  {r.procedure ? ` — ${r.procedure.name}` : ''}
                </p>
                <p className="report-excerpt" lang="vi">
                  {r.excerpt}
                </p>
                <Link to={`/can-bo/phan-anh/${r.id}`}>{t('reportInbox.open')}</Link>
              </li>
            ))}
          </ul>
          <p className="actions">
            {page > 1 && (
              <button type="button" className="button button-secondary" onClick={() => setPage(page - 1)}>
                {t('reportInbox.previous')}
              </button>
            )}
            {page * list.data.pageSize < list.data.total && (
              <button type="button" className="button button-secondary" onClick={() => setPage(page + 1)}>
                {t('reportInbox.next')}
              </button>
            )}
          </p>
        </>
      )}
    </div>
  );
}
