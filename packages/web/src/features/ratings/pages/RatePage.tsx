import {
  CHECK_CODE_PARAM,
  RATING_COMMENT_MAX,
  RATING_LEVELS,
  type RatingAnswers,
  type RatingLevel,
} from '@motcua/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useErrorText } from '../../../components/ErrorMessage';
import { isApiError } from '../../../lib/api-client';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { formatInstant } from '../../dossiers/dossier-format';
import { normalizeDossierCode } from '../../tracking/api';
import { readCheckCode } from '../../tracking/components/TrackingForm';
import { type RatingView, useSubmitRating } from '../api';
import { RATINGS_NS } from '../messages';
import '../ratings.css';

const OPINIONS = [5, 6, 7, 8, 9] as const;

/**
 * /danh-gia/:code?check=… — the citizen rates a finished dossier with the check code of its receipt (the
 * tracking page links here once the dossier can be rated). One rating per dossier.
 */
export function RatePage() {
  const { t } = useTranslation(RATINGS_NS);
  useDocumentTitle(t('rating.docTitle'));
  const { code: rawCode = '' } = useParams();
  const [search] = useSearchParams();
  const code = normalizeDossierCode(rawCode);
  const submit = useSubmitRating();
  return (
    <div className="rating narrow">
      <p className="eyebrow">{t('rating.eyebrow')}</p>
      <h1>{t('rating.title', { code })}</h1>
      {submit.data ? (
        <Thanks rating={submit.data} />
      ) : (
        <RatingForm
          code={code}
          initialCheck={readCheckCode(search.get(CHECK_CODE_PARAM) ?? '')}
          submit={submit}
        />
      )}
      <p>
        <Link to={`/tra-cuu/${encodeURIComponent(code)}`}>{t('rating.back')}</Link>
      </p>
    </div>
  );
}

function Thanks({ rating }: { rating: RatingView }) {
  const { t } = useTranslation(RATINGS_NS);
  const lang = useLang();
  return (
    <div className="alert alert-success" role="status">
      <p className="strong">{t('rating.thanks')}</p>
      <p>{t('rating.thanksText', { at: formatInstant(rating.ratedAt, lang) })}</p>
    </div>
  );
}

function RatingForm({
  code,
  initialCheck,
  submit,
}: {
  code: string;
  initialCheck: string;
  submit: ReturnType<typeof useSubmitRating>;
}) {
  const { t } = useTranslation(RATINGS_NS);
  const errorText = useErrorText();
  const id = useId();
  const [check, setCheck] = useState(initialCheck);
  const [satisfaction, setSatisfaction] = useState<RatingLevel | ''>('');
  const [indicators, setIndicators] = useState<RatingAnswers>({});
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!satisfaction) {
      setMissing(true);
      return;
    }
    setMissing(false);
    submit.mutate({
      code,
      token: readCheckCode(check),
      satisfaction,
      ...(Object.keys(indicators).length ? { indicators } : {}),
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    });
  };
  const e = submit.error;
  const problem = isApiError(e, 404)
    ? t('rating.notFound')
    : isApiError(e, 409)
      ? e.reason === 'not-finished'
        ? t('rating.notFinished')
        : t('rating.already')
      : e
        ? errorText(e)
        : null;
  return (
    <form className="form-card rating-form" onSubmit={onSubmit} noValidate>
      <p className="lead">{t('rating.lead')}</p>
      {!initialCheck && (
        <div className="field-group">
          <label htmlFor={`${id}-check`}>{t('rating.checkLabel')}</label>
          <input
            id={`${id}-check`}
            value={check}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            onChange={(ev) => setCheck(ev.target.value)}
          />
        </div>
      )}
      <fieldset className="choice-list rating-overall" aria-invalid={missing || undefined}>
        <legend>{t('rating.overall')}</legend>
        {[...RATING_LEVELS].reverse().map((level) => (
          <label key={level} className={`choice rating-choice rating-${level}`}>
            <input
              type="radio"
              name="satisfaction"
              value={level}
              checked={satisfaction === level}
              onChange={() => {
                setSatisfaction(level);
                setMissing(false);
              }}
            />
            {t(`ratingLevel.${level}`)}
          </label>
        ))}
        {missing && <span className="field-error">{t('rating.chooseOverall')}</span>}
      </fieldset>
      <details className="rating-details">
        <summary>{t('rating.details')}</summary>
        {OPINIONS.map((n) => (
          <fieldset key={n} className="rating-indicator">
            <legend>{t(`ratingIndicator.${n}`)}</legend>
            <div className="chip-row">
              {[...RATING_LEVELS].reverse().map((level) => (
                <label key={level} className="rating-chip">
                  <input
                    type="radio"
                    name={`indicator-${n}`}
                    value={level}
                    checked={indicators[n] === level}
                    onChange={() => setIndicators((prev) => ({ ...prev, [n]: level }))}
                  />
                  {t(`ratingLevel.${level}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </details>
      <div className="field-group">
        <label htmlFor={`${id}-comment`}>{t('rating.comment')}</label>
        <textarea
          id={`${id}-comment`}
          rows={4}
          maxLength={RATING_COMMENT_MAX}
          value={comment}
          aria-describedby={`${id}-comment-hint`}
          onChange={(ev) => setComment(ev.target.value)}
        />
        <span id={`${id}-comment-hint`} className="muted small">
          {t('rating.commentHint', { left: RATING_COMMENT_MAX - comment.length })}
        </span>
      </div>
      {problem && (
        <p className="alert alert-error" role="alert">
          {problem}
        </p>
      )}
      <p className="actions">
        <button type="submit" className="button button-primary" disabled={submit.isPending}>
          {submit.isPending ? t('rating.sending') : t('rating.submit')}
        </button>
      </p>
    </form>
  );
}
