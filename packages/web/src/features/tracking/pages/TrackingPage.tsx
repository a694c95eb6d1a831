import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageSkeleton } from '../../../layout/PageSkeleton';
import { isApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { formatInstant, publicStatusText, statusTone } from '../../dossiers/dossier-format';
import { normalizeDossierCode, type PublicDossier, usePublicDossier } from '../api';

/** /tra-cuu and /tra-cuu/:code — the QR code on Form 01 points here. Public, no personal data. */
export function TrackingPage() {
  const { t } = useTranslation();
  const { code: rawCode = '' } = useParams();
  const code = normalizeDossierCode(rawCode);
  const query = usePublicDossier(code);
  const notFound = isApiError(query.error, 404);
  useDocumentTitle(
    code
      ? notFound
        ? t('tracking.notFoundTitle')
        : t('tracking.resultHeading', { code })
      : t('tracking.docTitle'),
  );

  return (
    <div className="tracking">
      {!code && (
        <>
          <h1>{t('tracking.heading')}</h1>
          <p className="lead">{t('tracking.intro')}</p>
        </>
      )}
      {/* As tall as a result, so the form below it stays where it is when the answer comes. */}
      {code && query.isPending && <PageSkeleton lines={6} className="tracking-skeleton" />}
      {code && notFound && (
        <div className="not-found">
          <h1>{t('tracking.notFoundTitle')}</h1>
          <p>{t('tracking.notFoundText', { code })}</p>
        </div>
      )}
      {code && query.isError && !notFound && (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      )}
      {query.data && <PublicDossierView dossier={query.data} />}
      <TrackingForm initial={code} compact={code !== ''} />
      <p className="muted small">{t('tracking.help')}</p>
    </div>
  );
}

function TrackingForm({ initial, compact }: { initial: string; compact: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [value, setValue] = useState(initial);
  useEffect(() => setValue(initial), [initial]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const c = normalizeDossierCode(value);
    if (c) navigate(`/tra-cuu/${encodeURIComponent(c)}`);
  };

  return (
    <search className={compact ? 'search tracking-search section' : 'search search-large tracking-search'}>
      {compact && <h2 className="h3-like">{t('tracking.anotherCode')}</h2>}
      <form onSubmit={submit} className="search-form">
        <label htmlFor={id} className="search-label">
          {t('tracking.codeLabel')}
        </label>
        <div className="search-row">
          <input
            id={id}
            name="code"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            enterKeyHint="search"
          />
          <button type="submit" className="button button-primary">
            {t('tracking.submit')}
          </button>
        </div>
        <p id={`${id}-hint`} className="hint">
          {t('tracking.codeHint')}
        </p>
      </form>
    </search>
  );
}

function PublicDossierView({ dossier: d }: { dossier: PublicDossier }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <article className="tracking-result" aria-labelledby="tracking-title">
      <p className="eyebrow">{t('tracking.docTitle')}</p>
      <h1 id="tracking-title">{t('tracking.resultHeading', { code: d.code })}</h1>
      <p className={`tracking-status tone-${statusTone(d.statusKey)}`}>
        <span className="visually-hidden">{t('tracking.status')}: </span>
        {publicStatusText(d.statusKey, d.statusLabel, lang)}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('tracking.procedure')}</dt>
          <dd lang="vi">{d.procedureName}</dd>
        </div>
        <div>
          <dt>{t('tracking.agency')}</dt>
          <dd lang="vi">{d.agencyName}</dd>
        </div>
        {d.currentStep && (
          <div>
            <dt>{t('tracking.currentStep')}</dt>
            <dd lang="vi">
              {d.currentStep.name} — {d.currentStep.agencyName}
            </dd>
          </div>
        )}
        {d.receivedAt && (
          <div>
            <dt>{t('tracking.receivedAt')}</dt>
            <dd>{formatInstant(d.receivedAt, lang)}</dd>
          </div>
        )}
        {d.dueDate && (
          <div>
            <dt>{t('tracking.dueDate')}</dt>
            <dd className="strong">{formatPlainDate(d.dueDate, lang)}</dd>
          </div>
        )}
      </dl>
      <p className="muted small tracking-privacy">{t('tracking.privacy')}</p>
    </article>
  );
}
