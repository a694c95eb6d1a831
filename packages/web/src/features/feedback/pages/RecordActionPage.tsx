import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ApiError } from '../../../lib/api-client';
import { todayInVietnam } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { fieldErrorMap } from '../../dossiers/dossier-format';
import { useRecordActionTaken } from '../api';
import { FEEDBACK_NS } from '../messages';

/** /can-bo/phan-anh-kien-nghi/ban-noi-chung-toi-lam — record what changed because of one or more PAKN. */
export function RecordActionPage() {
  const { t } = useTranslation(FEEDBACK_NS);
  useDocumentTitle(t('paknDone.recordTitle'));
  return <RequireStaff>{() => <Record />}</RequireStaff>;
}

function Record() {
  const { t } = useTranslation(FEEDBACK_NS);
  const lang = useLang();
  const [params] = useSearchParams();
  const record = useRecordActionTaken();
  const [takenOn, setTakenOn] = useState(todayInVietnam());
  const [summary, setSummary] = useState('');
  const [codes, setCodes] = useState(params.get('ma') ?? '');
  const errors = record.error instanceof ApiError ? fieldErrorMap(record.error.fields, lang) : {};
  const codeErrors = Object.entries(errors).filter(([k]) => k.startsWith('codes'));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const list = codes
      .split(/[\s,;]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean);
    record.mutate({ takenOn, summary, codes: list }, { onSuccess: () => setSummary('') });
  };
  return (
    <div className="narrow feedback">
      <p className="eyebrow">
        <Link to="/can-bo/phan-anh-kien-nghi">{t('paknInbox.title')}</Link>
      </p>
      <h1>{t('paknDone.recordTitle')}</h1>
      {record.isSuccess && (
        <p className="alert alert-success" role="status">
          {t('paknDone.saved')} <Link to="/ban-noi-chung-toi-lam">{t('paknDone.title')}</Link>
        </p>
      )}
      <form className="form-card" onSubmit={onSubmit} noValidate>
        <div className="field-group">
          <label htmlFor="done-on">{t('paknDone.takenOn', { date: '' })}</label>
          <input
            id="done-on"
            type="date"
            value={takenOn}
            max={todayInVietnam()}
            onChange={(e) => setTakenOn(e.target.value)}
          />
          {errors.takenOn && <span className="field-error">{errors.takenOn}</span>}
        </div>
        <div className="field-group">
          <label htmlFor="done-summary">{t('paknDone.summary')}</label>
          <textarea
            id="done-summary"
            rows={4}
            maxLength={4000}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
          {errors.summary && <span className="field-error">{errors.summary}</span>}
        </div>
        <div className="field-group">
          <label htmlFor="done-codes">{t('paknDone.codes')}</label>
          <input
            id="done-codes"
            value={codes}
            onChange={(e) => setCodes(e.target.value)}
            placeholder="PA-2026-000001"
          />
          {codeErrors.map(([k, v]) => (
            <span key={k} className="field-error">
              {v}
            </span>
          ))}
        </div>
        {record.isError && <ErrorMessage error={record.error} />}
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {t('paknDone.save')}
        </button>
      </form>
    </div>
  );
}
