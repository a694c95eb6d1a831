import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { isApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { type PublicReport, useLookupReport } from '../api';
import { Fact, ReportWhereFacts } from '../components';
import { REPORTS_NS } from '../messages';
import '../reports.css';

/**
 * /phan-anh-tieu-cuc/theo-doi — the reporter follows the report by its receipt, sent in the body of a POST
 * (never in the URL: not in the browser's history, not in a proxy's access log).
 */
export function FollowReportPage() {
  const { t } = useTranslation(REPORTS_NS);
  useDocumentTitle(t('reportFollow.docTitle'));
  const id = useId();
  const location = useLocation();
  const given = (location.state as { receipt?: string } | null)?.receipt ?? '';
  const [receipt, setReceipt] = useState(given);
  const lookup = useLookupReport();
  const { mutate } = lookup;
  useEffect(() => {
    if (given) mutate(given);
  }, [given, mutate]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (receipt.trim()) lookup.mutate(receipt.trim());
  };
  return (
    <div className="reports narrow">
      <h1>{t('reportFollow.title')}</h1>
      <p className="lead">{t('reportFollow.lead')}</p>
      <form className="form-card" onSubmit={onSubmit}>
        <div className="field-group">
          <label htmlFor={`${id}-receipt`}>{t('reportFollow.receipt')}</label>
          <input
            id={`${id}-receipt`}
            className="report-receipt-input"
            value={receipt}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="XXXX-XXXX-XXXX-XXXX"
            onChange={(e) => setReceipt(e.target.value)}
          />
        </div>
        <p className="actions">
          <button type="submit" className="button button-primary" disabled={lookup.isPending}>
            {t('reportFollow.look')}
          </button>
        </p>
      </form>
      {isApiError(lookup.error, 404) || isApiError(lookup.error, 400) ? (
        <p className="alert alert-error" role="alert">
          {t('reportFollow.notFound')}
        </p>
      ) : (
        lookup.isError && <ErrorMessage error={lookup.error} />
      )}
      {lookup.data && <PublicReportView report={lookup.data} />}
      <p>
        <Link to="/phan-anh-tieu-cuc">{t('reportForm.title')}</Link>
      </p>
    </div>
  );
}

function PublicReportView({ report: r }: { report: PublicReport }) {
  const { t } = useTranslation(REPORTS_NS);
  const lang = useLang();
  return (
    <article className="form-card report-result" aria-live="polite">
      <p className={`report-status report-status-${r.status}`}>{t(`reportPublicStatus.${r.status}`)}</p>
      <dl className="facts">
        <Fact label={t('reportFollow.receivedOn')}>{formatPlainDate(r.receivedOn, lang)}</Fact>
        <Fact label={t('reportFollow.kind')}>{t(`reportKind.${r.kind}`)}</Fact>
        <ReportWhereFacts agency={r.agency} procedure={r.procedure} />
      </dl>
      <h2>{t('reportFollow.answer')}</h2>
      {r.answer ? (
        <>
          <p className="report-answer" lang="vi">
            {r.answer.text}
          </p>
          <p className="muted small">
            {t('reportFollow.answerOn', { date: formatPlainDate(r.answer.on, lang) })}
          </p>
        </>
      ) : (
        <p className="muted">{t('reportFollow.noAnswer')}</p>
      )}
    </article>
  );
}
