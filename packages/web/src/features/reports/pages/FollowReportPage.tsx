import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { isApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { type PublicReport, useLookupReport } from '../api';
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
        <div>
          <dt>{t('reportFollow.receivedOn')}</dt>
          <dd>{formatPlainDate(r.receivedOn, lang)}</dd>
        </div>
        <div>
          <dt>{t('reportFollow.kind')}</dt>
          <dd>{t(`reportKind.${r.kind}`)}</dd>
        </div>
        {r.agency && (
          <div>
            <dt>{t('reportFollow.agency')}</dt>
            <dd lang="vi">{r.agency.name}</dd>
          </div>
        )}
        {r.procedure && (
          <div>
            <dt>{t('reportFollow.procedure')}</dt>
            <dd lang="vi">{r.procedure.name}</dd>
          </div>
        )}
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
