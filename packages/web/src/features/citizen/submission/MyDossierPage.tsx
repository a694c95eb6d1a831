import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { type CitizenDossier, useDossierActions, useMyDossier } from './api';
import { ComponentUpload } from './components/ComponentUpload';
import { SUBMISSION_NS } from './messages';

/** One of the citizen's dossiers: where it is, its slips and results; the supplement answer, the withdrawal. */
export function MyDossierPage() {
  const { t } = useTranslation(SUBMISSION_NS);
  const { code = '' } = useParams();
  useDocumentTitle(`${t('mine.title')} — ${code}`);
  const dossier = useMyDossier(code);
  if (dossier.isPending) return <Loading />;
  if (dossier.isError) return <ErrorMessage error={dossier.error} />;
  return <Dossier d={dossier.data} />;
}

function Dossier({ d }: { d: CitizenDossier }) {
  const { t } = useTranslation(SUBMISSION_NS);
  const lang = useLang();
  const { upload, supplement, withdraw } = useDossierActions(d.code);
  const [reason, setReason] = useState('');
  const [withdrawing, setWithdrawing] = useState(false);
  const date = (iso: string) => formatPlainDate(iso.slice(0, 10), lang, false);
  // The answer's files: the applicant's, added since it was submitted (the draft's came with it).
  const submitted = Date.parse(d.submittedAt);
  const answer = d.files.filter((f) => f.byApplicant && Date.parse(f.uploadedAt) > submitted);
  return (
    <div className="citizen-account">
      <p className="eyebrow">
        <Link to="/tai-khoan/ho-so">{t('mine.title')}</Link>
      </p>
      <h1 className="dossier-code">{d.code}</h1>
      <p>{d.procedure.name}</p>
      <dl className="facts">
        <div>
          <dt>{t('mine.status')}</dt>
          <dd>
            <span className={`badge badge-status-${d.statusKey}`}>{d.statusLabel}</span>
          </dd>
        </div>
        <div>
          <dt>{t('mine.submittedAt')}</dt>
          <dd>{date(d.submittedAt)}</dd>
        </div>
        {d.dueDate && (
          <div>
            <dt>{t('mine.dueDate')}</dt>
            <dd>{formatPlainDate(d.dueDate, lang, false)}</dd>
          </div>
        )}
        <div>
          <dt>{t('submit.counter')}</dt>
          <dd>{d.receivingAgency.name}</dd>
        </div>
      </dl>

      {d.actions.includes('supplement') && (
        <section className="section alert alert-warning" aria-labelledby="supplement-title">
          <h2 id="supplement-title">{t('mine.supplementTitle')}</h2>
          <ul>
            {d.missing.map((m) => (
              <li key={`${m.id ?? ''}${m.name}`}>
                <strong>{m.name}</strong>: {m.reason}
              </li>
            ))}
          </ul>
          <ul className="upload-list">
            {d.checklist
              .filter((c) => !d.missing.some((m) => m.id) || d.missing.some((m) => m.id === c.id))
              .map((c) => (
                <ComponentUpload
                  key={c.id}
                  name={c.name}
                  required={c.required}
                  files={answer.filter((f) => f.componentId === c.id)}
                  pending={upload.isPending}
                  error={upload.isError && upload.variables?.componentId === c.id ? upload.error : undefined}
                  onAdd={(file) => upload.mutate({ componentId: c.id, file })}
                />
              ))}
          </ul>
          {supplement.isError && <ErrorMessage error={supplement.error} />}
          <button
            type="button"
            className="button button-primary"
            disabled={supplement.isPending || upload.isPending}
            onClick={() => supplement.mutate()}
          >
            {t('mine.sendSupplement')}
          </button>
        </section>
      )}

      {d.results.length > 0 && (
        <section className="section">
          <h2>{t('mine.results')}</h2>
          <ul className="link-list">
            {d.results.map((r) => (
              <li key={r.code}>
                <a href={r.url} download>
                  {t('mine.downloadResult', { code: r.code })}
                </a>{' '}
                <span className="small muted">{r.fileName}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {d.slips.length > 0 && (
        <section className="section">
          <h2>{t('mine.slips')}</h2>
          <ul className="link-list">
            {d.slips.map((s) => (
              <li key={s.url}>
                <a href={s.url} target="_blank" rel="noopener">
                  {t(`mine.form.${s.form}`)}
                </a>
                {s.number && <span className="small muted"> · {s.number}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {d.actions.includes('withdraw') && (
        <section className="section">
          {!withdrawing ? (
            <button type="button" className="button button-danger" onClick={() => setWithdrawing(true)}>
              {t('mine.withdraw')}
            </button>
          ) : (
            <form
              className="stack form-card"
              onSubmit={(e: FormEvent) => {
                e.preventDefault();
                withdraw.mutate(reason);
              }}
            >
              <div className="field-group">
                <label htmlFor="withdraw-reason">{t('mine.withdrawReason')}</label>
                <textarea
                  id="withdraw-reason"
                  required
                  maxLength={1000}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              </div>
              {withdraw.isError && <ErrorMessage error={withdraw.error} />}
              <div className="actions">
                <button type="button" className="button" onClick={() => setWithdrawing(false)}>
                  {t('submit.back')}
                </button>
                <button type="submit" className="button button-danger" disabled={withdraw.isPending}>
                  {t('mine.withdrawConfirm')}
                </button>
              </div>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
