import { REPORT_KINDS, REPORT_OUTCOMES } from '@motcua/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { isApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { type ReportStats, useReportStats } from '../api';
import { REPORTS_NS } from '../messages';
import '../reports.css';

/** /can-bo/phan-anh/thong-ke — counts per agency and per procedure, by kind and outcome (no content). */
export function InspectorStatsPage() {
  const { t } = useTranslation(REPORTS_NS);
  useDocumentTitle(t('reportStats.docTitle'));
  return <RequireStaff>{() => <StatsView />}</RequireStaff>;
}

function StatsView() {
  const { t } = useTranslation(REPORTS_NS);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const stats = useReportStats({ from, to });
  if (isApiError(stats.error, 403)) return <p className="alert alert-error">{t('reportStats.forbidden')}</p>;
  return (
    <div className="reports">
      <h1>{t('reportStats.title')}</h1>
      <div className="report-row">
        <div className="field-group">
          <label htmlFor="stats-from">{t('reportStats.from')}</label>
          <input id="stats-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field-group">
          <label htmlFor="stats-to">{t('reportStats.to')}</label>
          <input id="stats-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      {stats.isPending && <Loading />}
      {stats.isError && <ErrorMessage error={stats.error} onRetry={() => void stats.refetch()} />}
      {stats.data && (
        <>
          <p className="strong">{t('reportStats.total', { count: stats.data.total })}</p>
          {stats.data.total === 0 ? (
            <p>{t('reportStats.empty')}</p>
          ) : (
            <>
              <StatsTable title={t('reportStats.byAgency')} rows={stats.data.byAgency} />
              <StatsTable title={t('reportStats.byProcedure')} rows={stats.data.byProcedure} />
            </>
          )}
        </>
      )}
    </div>
  );
}

function StatsTable({ title, rows }: { title: string; rows: ReportStats['byAgency'] }) {
  const { t } = useTranslation(REPORTS_NS);
  return (
    <section className="section">
      <h2>{title}</h2>
      <ScrollRegion label={title}>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('reportStats.name')}</th>
              <th scope="col">{t('reportStats.count')}</th>
              {REPORT_KINDS.map((k) => (
                <th key={k} scope="col">
                  {t(`reportKind.${k}`)}
                </th>
              ))}
              {REPORT_OUTCOMES.map((o) => (
                <th key={o} scope="col">
                  {t(`reportOutcome.${o}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.ref?.code ?? '-'}>
                <th scope="row" lang="vi">
                  {r.ref?.name ?? t('reportStats.none')}
                </th>
                <td className="strong">{r.total}</td>
                {REPORT_KINDS.map((k) => (
                  <td key={k}>{r.kinds[k]}</td>
                ))}
                {REPORT_OUTCOMES.map((o) => (
                  <td key={o}>{r.outcomes[o]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
