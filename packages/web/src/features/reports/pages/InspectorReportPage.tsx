import type { ReportActionBody } from '@motcua/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage, useErrorText } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { ApiError, isApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang, usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { useAgencies } from '../../dossiers/api';
import { fieldErrorMap, formatInstant } from '../../dossiers/dossier-format';
import { type ReportDetail, useReport, useReportAction } from '../api';
import { Fact, ReportWhereFacts } from '../components';
import { REPORTS_NS } from '../messages';
import '../reports.css';

/** /can-bo/phan-anh/:id — one report, its hash-chained log, and the next handling step. */
export function InspectorReportPage() {
  const { t } = useTranslation(REPORTS_NS);
  useDocumentTitle(t('reportInbox.docTitle'));
  const { id = '' } = useParams();
  return <RequireStaff>{() => <ReportView id={id} />}</RequireStaff>;
}

function ReportView({ id }: { id: string }) {
  const { t } = useTranslation(REPORTS_NS);
  const lang = useLang();
  const report = useReport(id);
  if (isApiError(report.error, 403)) return <p className="alert alert-error">{t('reportInbox.forbidden')}</p>;
  if (report.isPending) return <Loading />;
  if (report.isError) return <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  return (
    <div className="reports narrow">
      <p>
        <Link to="/can-bo/phan-anh">← {t('reportDetail.back')}</Link>
      </p>
      <p className="eyebrow">{formatPlainDate(r.receivedOn, lang)}</p>
      <h1>{t(`reportKind.${r.kind}`)}</h1>
      <p>
        <span className="badge">{t(`reportStatus.${r.status}`)}</span>{' '}
        <span className="badge">{t(`reportOutcome.${r.outcome}`)}</span>
      </p>
      <dl className="facts">
        <ReportWhereFacts agency={r.agency} procedure={r.procedure} />
        {r.occurredOn && (
          <Fact label={t('reportDetail.occurredOn')}>{formatPlainDate(r.occurredOn, lang)}</Fact>
        )}
        {r.counter && (
          <Fact label={t('reportDetail.counter')} vi>
            {r.counter}
          </Fact>
        )}
        {r.transferredTo && (
          <Fact label={t('reportDetail.transferredTo')} vi>
            {r.transferredTo.name}
          </Fact>
        )}
      </dl>
      <h2>{t('reportDetail.content')}</h2>
      <p className="report-content" lang="vi">
        {r.content}
      </p>
      {r.answer && (
        <>
          <h2>{t('reportDetail.answer')}</h2>
          <p className="report-answer" lang="vi">
            {r.answer.text}
          </p>
        </>
      )}
      <ActionForm report={r} />
      <h2>{t('reportDetail.log')}</h2>
      <p className="muted small">{t('reportDetail.logHint')}</p>
      <ol className="report-log">
        {r.log.map((e) => (
          <li key={e.seq}>
            <p className="strong">{t(`reportAction.${e.action}`)}</p>
            <p className="muted small">
              {e.at ? formatInstant(e.at, lang) : formatPlainDate(e.on, lang)}
              {e.actor ? ` — ${e.actor.name}` : ''}
            </p>
            {e.agency && <p lang="vi">{e.agency.name}</p>}
            {e.text && (
              <p className="report-log-text" lang="vi">
                {e.text}
              </p>
            )}
            <p className="report-hash" title={e.hash}>
              {e.hash.slice(0, 16)}…
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}

function ActionForm({ report: r }: { report: ReportDetail }) {
  const { t } = useTranslation(REPORTS_NS);
  const lang = useLang();
  const pick = usePick();
  const errorText = useErrorText();
  const act = useReportAction(r.id);
  const agencies = useAgencies();
  const [action, setAction] = useState<ReportActionBody['action'] | ''>('');
  const [text, setText] = useState('');
  const [agencyCode, setAgencyCode] = useState('');
  const fields = act.error instanceof ApiError ? fieldErrorMap(act.error.fields, lang) : {};
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!action) return;
    const body: ReportActionBody = { action };
    if (text.trim()) body.text = text.trim();
    if (action === 'transfer' && agencyCode) body.agencyCode = agencyCode;
    act.mutate(body, {
      onSuccess: () => {
        setAction('');
        setText('');
        setAgencyCode('');
      },
    });
  };
  return (
    <form className="form-card report-action" onSubmit={onSubmit}>
      {r.status === 'closed' && <p className="muted">{t('reportDetail.none')}</p>}
      <div className="field-group">
        <label htmlFor="report-action">{t('reportDetail.step')}</label>
        <select
          id="report-action"
          value={action}
          onChange={(e) => setAction(e.target.value as ReportActionBody['action'] | '')}
        >
          <option value="">{t('reportDetail.chooseStep')}</option>
          {r.allowedActions.map((a) => (
            <option key={a} value={a}>
              {t(`reportAction.${a}`)}
            </option>
          ))}
        </select>
      </div>
      {action === 'transfer' && (
        <div className="field-group">
          <label htmlFor="report-agency">{t('reportDetail.transferAgency')}</label>
          <select
            id="report-agency"
            value={agencyCode}
            onChange={(e) => setAgencyCode(e.target.value)}
            aria-invalid={fields.agencyCode ? true : undefined}
          >
            <option value="">—</option>
            {(agencies.data ?? []).map((a) => (
              <option key={a.code} value={a.code}>
                {pick(a.name, a.nameEn)}
              </option>
            ))}
          </select>
          {fields.agencyCode && <span className="field-error">{fields.agencyCode}</span>}
        </div>
      )}
      {action !== '' && (
        <div className="field-group">
          <label htmlFor="report-text">{t('reportDetail.text')}</label>
          <textarea id="report-text" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
          {fields.text && <span className="field-error">{fields.text}</span>}
        </div>
      )}
      {act.isError && (
        <p className="alert alert-error" role="alert">
          {errorText(act.error)}
        </p>
      )}
      {act.isSuccess && !act.isPending && action === '' && (
        <p className="alert alert-success">{t('reportDetail.done')}</p>
      )}
      <p className="actions">
        <button type="submit" className="button button-primary" disabled={!action || act.isPending}>
          {t('reportDetail.record')}
        </button>
      </p>
    </form>
  );
}
