import { CHECK_CODE_PARAM, isRatableStatus } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { PageSkeleton } from '../../../layout/PageSkeleton';
import { isApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { formatInstant, publicStatusText, statusTone } from '../../dossiers/dossier-format';
import { normalizeDossierCode, type PublicDossier, usePublicDossier } from '../api';
import { readCheckCode, TrackingForm } from '../components/TrackingForm';
import { countdownPhrase, countdownTone, forecastPhrase } from '../outlook';

/**
 * /tra-cuu and /tra-cuu/:code?check=… — the QR code on Form 01 points here with the check code, which shows
 * the dates and the current step; without it, the status only. Public, no personal data.
 */
export function TrackingPage() {
  const { t } = useTranslation();
  const { code: rawCode = '' } = useParams();
  const [search] = useSearchParams();
  const code = normalizeDossierCode(rawCode);
  const check = readCheckCode(search.get(CHECK_CODE_PARAM) ?? '');
  const query = usePublicDossier(code, check);
  const wrongCheck = query.data?.details === 'check-code-wrong';
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
      {query.data && <PublicDossierView dossier={query.data} check={check} />}
      <TrackingForm initial={code} initialCheck={check} wrongCheck={wrongCheck} compact={code !== ''} />
      <p className="muted small">{t('tracking.help')}</p>
    </div>
  );
}

/** What the answer says of the details: nothing when shown, else why they are not. */
function DetailsNote({ dossier: d, check }: { dossier: PublicDossier; check: string }) {
  const { t } = useTranslation();
  if (d.details === 'check-code-wrong') {
    return (
      <p className="alert alert-error tracking-check-note" role="alert">
        {t('tracking.checkWrong', { check })}
      </p>
    );
  }
  if (d.details === 'check-code-needed') {
    return <p className="alert alert-info tracking-check-note">{t('tracking.checkNeeded')}</p>;
  }
  if (d.details === 'unavailable') {
    return <p className="muted tracking-check-note">{t('tracking.checkUnavailable')}</p>;
  }
  return null;
}

function PublicDossierView({ dossier: d, check }: { dossier: PublicDossier; check: string }) {
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
        <Outlook dossier={d} />
      </dl>
      <DetailsNote dossier={d} check={check} />
      {d.details === 'shown' && isRatableStatus(d.statusKey) && (
        <p>
          <Link
            className="button button-primary"
            to={`/danh-gia/${encodeURIComponent(d.code)}?${CHECK_CODE_PARAM}=${encodeURIComponent(check)}`}
          >
            {t('tracking.rateOffer')}
          </Link>
        </p>
      )}
      <p className="muted small tracking-privacy">{t('tracking.privacy')}</p>
    </article>
  );
}

/** The countdown in working days and the forecast beside the legal due date (both counted by the server). */
function Outlook({ dossier: d }: { dossier: PublicDossier }) {
  const { t } = useTranslation();
  const lang = useLang();
  const left = countdownPhrase(d.countdown);
  // Dates without the weekday: three of them in one line stay readable on a phone.
  const forecast = forecastPhrase(d.forecast, (iso) => formatPlainDate(iso, lang, false));
  return (
    <>
      {left && (
        <div>
          <dt>{t('tracking.countdown')}</dt>
          <dd className={`tracking-countdown tone-${countdownTone(d.countdown)}`} data-testid="countdown">
            {t(left.key, left.values)}
          </dd>
        </div>
      )}
      {forecast && (
        <div>
          <dt>{t('tracking.forecast')}</dt>
          <dd data-testid="forecast">
            {t(forecast.main.key, forecast.main.values)}
            <span className="muted small tracking-forecast-note">
              {t(forecast.note.key, forecast.note.values)}
            </span>
          </dd>
        </div>
      )}
    </>
  );
}
