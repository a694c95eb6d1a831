import { REPORT_KINDS, REPORT_LIMITS, type ReportBody, type ReportKind } from '@motcua/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../components/ErrorMessage';
import { ApiError } from '../../../lib/api-client';
import { useLang, usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useProcedureSearch } from '../../catalogue/api';
import { useAgencies } from '../../dossiers/api';
import { fieldErrorMap } from '../../dossiers/dossier-format';
import { useSubmitReport } from '../api';
import { REPORTS_NS } from '../messages';
import '../reports.css';

/**
 * /phan-anh-tieu-cuc — the anonymous report form (issue 12, item 3). No sign-in; the page says what is and
 * is not kept; the receipt is shown once, large, with a copy button. It loads nothing from another site and
 * sets no cookie (the server's answers carry none).
 */
export function AnonymousReportPage() {
  const { t } = useTranslation(REPORTS_NS);
  useDocumentTitle(t('reportForm.docTitle'));
  const submit = useSubmitReport();
  if (submit.data) return <ReceiptView receipt={submit.data.receipt} onAnother={() => submit.reset()} />;
  return (
    <div className="reports narrow">
      <p className="eyebrow">{t('reportForm.eyebrow')}</p>
      <h1>{t('reportForm.title')}</h1>
      <p className="lead">{t('reportForm.lead')}</p>
      <section className="alert alert-info report-kept" aria-labelledby="report-kept">
        <h2 id="report-kept">{t('reportForm.keptTitle')}</h2>
        <p>{t('reportForm.kept')}</p>
        <p>{t('reportForm.notKept')}</p>
      </section>
      <ReportForm submit={submit} />
      <p>
        <Link to="/phan-anh-tieu-cuc/theo-doi">{t('reportForm.follow')}</Link>
      </p>
    </div>
  );
}

function ReportForm({ submit }: { submit: ReturnType<typeof useSubmitReport> }) {
  const { t } = useTranslation(REPORTS_NS);
  const lang = useLang();
  const pick = usePick();
  const errorText = useErrorText();
  const id = useId();
  const agencies = useAgencies();
  const [kind, setKind] = useState<ReportKind>('bribe-asked');
  const [agencyCode, setAgencyCode] = useState('');
  const [procedure, setProcedure] = useState<{ code: string; name: string } | null>(null);
  const [search, setSearch] = useState('');
  const [occurredOn, setOccurredOn] = useState('');
  const [counter, setCounter] = useState('');
  const [content, setContent] = useState('');
  const found = useProcedureSearch({ q: search.trim(), pageSize: 5 });
  const fields =
    submit.error instanceof ApiError
      ? fieldErrorMap(submit.error.fields, lang)
      : ({} as Record<string, string>);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body: ReportBody = { content, kind };
    if (agencyCode) body.agencyCode = agencyCode;
    if (procedure) body.procedureCode = procedure.code;
    if (occurredOn) body.occurredOn = occurredOn;
    if (counter.trim()) body.counter = counter.trim();
    submit.mutate(body);
  };
  const fieldError = (name: string) =>
    fields[name] ? (
      <span className="field-error" id={`${id}-${name}-error`}>
        {fields[name]}
      </span>
    ) : null;
  const invalid = (name: string) =>
    fields[name] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${name}-error` } : {};

  return (
    <form className="form-card report-form" onSubmit={onSubmit} noValidate>
      <fieldset className="field-group">
        <legend>{t('reportForm.kind')}</legend>
        {REPORT_KINDS.map((k) => (
          <label key={k} className="report-choice">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(`reportKind.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="field-group">
        <label htmlFor={`${id}-agency`}>{t('reportForm.agency')}</label>
        <select
          id={`${id}-agency`}
          value={agencyCode}
          onChange={(e) => setAgencyCode(e.target.value)}
          {...invalid('agencyCode')}
        >
          <option value="">{t('reportForm.agencyNone')}</option>
          {(agencies.data ?? []).map((a) => (
            <option key={a.code} value={a.code}>
              {pick(a.name, a.nameEn)}
            </option>
          ))}
        </select>
        {fieldError('agencyCode')}
      </div>
      <div className="field-group">
        <label htmlFor={`${id}-procedure`}>{t('reportForm.procedure')}</label>
        {procedure ? (
          <p className="report-picked">
            <span lang="vi">{procedure.name}</span>{' '}
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => setProcedure(null)}
            >
              {t('reportForm.procedureClear')}
            </button>
          </p>
        ) : (
          <>
            <input
              id={`${id}-procedure`}
              type="search"
              placeholder={t('reportForm.procedureSearch')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              {...invalid('procedureCode')}
            />
            {search.trim().length >= 2 && (found.data?.items.length ?? 0) > 0 && (
              <ul className="report-matches">
                {found.data?.items.map((p) => (
                  <li key={p.code}>
                    <button
                      type="button"
                      className="report-match"
                      lang="vi"
                      onClick={() => {
                        setProcedure({ code: p.code, name: p.name });
                        setSearch('');
                      }}
                    >
                      {p.name}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {fieldError('procedureCode')}
      </div>
      <div className="report-row">
        <div className="field-group">
          <label htmlFor={`${id}-on`}>{t('reportForm.occurredOn')}</label>
          <input
            id={`${id}-on`}
            type="date"
            value={occurredOn}
            onChange={(e) => setOccurredOn(e.target.value)}
            {...invalid('occurredOn')}
          />
          {fieldError('occurredOn')}
        </div>
        <div className="field-group">
          <label htmlFor={`${id}-counter`}>{t('reportForm.counter')}</label>
          <input
            id={`${id}-counter`}
            value={counter}
            maxLength={REPORT_LIMITS.counterMax}
            onChange={(e) => setCounter(e.target.value)}
            {...invalid('counter')}
          />
          {fieldError('counter')}
        </div>
      </div>
      <div className="field-group">
        <label htmlFor={`${id}-content`}>{t('reportForm.content')}</label>
        <textarea
          id={`${id}-content`}
          rows={7}
          value={content}
          maxLength={REPORT_LIMITS.contentMax}
          onChange={(e) => setContent(e.target.value)}
          aria-describedby={`${id}-content-hint`}
          {...invalid('content')}
        />
        <p className="hint" id={`${id}-content-hint`}>
          {t('reportForm.contentHint', {
            min: REPORT_LIMITS.contentMin,
            left: REPORT_LIMITS.contentMax - content.length,
          })}
        </p>
        {fieldError('content')}
      </div>
      <p className="alert alert-warning">{t('reportForm.mailWarning')}</p>
      {submit.isError && (
        <p className="alert alert-error" role="alert">
          {errorText(submit.error)}
        </p>
      )}
      <p className="actions">
        <button type="submit" className="button button-primary" disabled={submit.isPending}>
          {submit.isPending ? t('reportForm.sending') : t('reportForm.submit')}
        </button>
      </p>
    </form>
  );
}

function ReceiptView({ receipt, onAnother }: { receipt: string; onAnother: () => void }) {
  const { t } = useTranslation(REPORTS_NS);
  const [copied, setCopied] = useState(false);
  return (
    <div className="reports narrow">
      <p className="eyebrow">{t('reportForm.title')}</p>
      <h1>{t('reportReceipt.title')}</h1>
      <section className="form-card report-receipt" aria-labelledby="receipt-label">
        <p id="receipt-label" className="report-receipt-label">
          {t('reportReceipt.label')}
        </p>
        {/* Each group unbroken: on a narrow phone the code wraps between groups, never inside one. */}
        <p className="report-receipt-code" data-testid="receipt">
          <ReceiptGroups receipt={receipt} />
        </p>
        <p className="actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() =>
              void navigator.clipboard?.writeText(receipt).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? t('reportReceipt.copied') : t('reportReceipt.copy')}
          </button>
        </p>
        <p className="alert alert-warning">{t('reportReceipt.keep')}</p>
      </section>
      <p className="actions">
        <Link className="button button-secondary" to="/phan-anh-tieu-cuc/theo-doi" state={{ receipt }}>
          {t('reportReceipt.followNow')}
        </Link>
        <button type="button" className="button button-secondary" onClick={onAnother}>
          {t('reportReceipt.another')}
        </button>
      </p>
    </div>
  );
}

/** XXXX-XXXX-XXXX-XXXX as four unbreakable spans (the second to fourth with their hyphen). */
function ReceiptGroups({ receipt }: { receipt: string }) {
  const [a = '', b = '', c = '', d = ''] = receipt.split('-');
  return (
    <>
      <span>{a}</span>
      <span>-{b}</span>
      <span>-{c}</span>
      <span>-{d}</span>
    </>
  );
}
