import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatPlainDate, todayInVietnam } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  type PublicFeedback,
  rememberedToken,
  rememberToken,
  usePublicFeedback,
  useSenderAction,
} from '../api';
import { FEEDBACK_NS } from '../messages';

/** /phan-anh-kien-nghi/tra-cuu[/:code] — follow by code; rate and reopen with the secret token. */
export function FollowFeedbackPage() {
  const { t } = useTranslation(FEEDBACK_NS);
  useDocumentTitle(t('paknFollow.docTitle'));
  const { code = '' } = useParams();
  return code ? <Follow code={code} /> : <Lookup />;
}

function Lookup() {
  const { t } = useTranslation(FEEDBACK_NS);
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  return (
    <div className="narrow feedback">
      <h1>{t('paknFollow.docTitle')}</h1>
      <form
        className="form-card"
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim())
            navigate(`/phan-anh-kien-nghi/tra-cuu/${encodeURIComponent(code.trim().toUpperCase())}`);
        }}
      >
        <div className="field-group">
          <label htmlFor="pakn-code">{t('paknFollow.codeLabel')}</label>
          <input
            id="pakn-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder="PA-2026-000001"
          />
        </div>
        <button type="submit" className="button button-primary">
          {t('paknFollow.lookup')}
        </button>
      </form>
    </div>
  );
}

function Follow({ code }: { code: string }) {
  const { t } = useTranslation(FEEDBACK_NS);
  const lang = useLang();
  const view = usePublicFeedback(code);
  const sender = useSenderAction(code);
  const [token, setToken] = useState(() => rememberedToken(code));
  const [reason, setReason] = useState('');
  const [reopened, setReopened] = useState(false);
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorMessage error={view.error} onRetry={() => void view.refetch()} />;
  const f: PublicFeedback = view.data;
  const step = (s: 'follow' | 'rate' | 'reopen', body: object = {}, after?: () => void) =>
    sender.mutate(
      { step: s, body: { followToken: token.trim(), ...body } },
      {
        onSuccess: () => {
          rememberToken(code, token.trim());
          after?.();
        },
      },
    );
  const onReopen = (e: FormEvent) => {
    e.preventDefault();
    step('reopen', { reason }, () => setReopened(true));
  };
  const today = todayInVietnam();
  const mayReopen = f.status === 'answered' && f.reopenUntil !== null && today <= f.reopenUntil;
  return (
    <div className="narrow feedback">
      <p className="eyebrow">
        <Link to="/phan-anh-kien-nghi">{t('paknForm.eyebrow')}</Link>
      </p>
      <h1>{t('paknFollow.title', { code: f.code })}</h1>
      <p>
        <span className="badge" data-testid="feedback-status">
          {t(`paknState.${f.status}`)}
        </span>{' '}
        {t(`paknKind.${f.kind}`)}
      </p>
      <p className="muted">
        {t('paknFollow.received', { date: formatPlainDate(f.receivedOn, lang), agency: f.agency.name })}
      </p>
      {f.dueDate && <p>{t('paknFollow.due', { date: formatPlainDate(f.dueDate, lang) })}</p>}
      <h2 className="feedback-title">{f.title}</h2>
      {f.content !== null && <p className="feedback-content">{f.content}</p>}
      {f.continuedAs && (
        <p className="alert alert-info">
          <Link to={`/phan-anh-kien-nghi/tra-cuu/${f.continuedAs}`}>
            {t('paknFollow.continued', { code: f.continuedAs })}
          </Link>
        </p>
      )}
      <section className="section" aria-labelledby="pakn-answer">
        <h2 id="pakn-answer">{t('paknFollow.answerHeading')}</h2>
        {!f.answer ? (
          <p className="muted">{t('paknFollow.noAnswer')}</p>
        ) : (
          <>
            <p className="muted">{t('paknFollow.answerOn', { date: formatPlainDate(f.answer.on, lang) })}</p>
            {f.answer.text !== null ? (
              <p className="feedback-answer" data-testid="feedback-answer">
                {f.answer.text}
              </p>
            ) : (
              <p className="alert alert-info">{t('paknFollow.answerPrivate')}</p>
            )}
          </>
        )}
      </section>
      {reopened && (
        <p className="alert alert-success" role="status">
          {t('paknFollow.reopened')}
        </p>
      )}
      <section className="section form-card">
        <div className="field-group">
          <label htmlFor="pakn-token">{t('paknFollow.tokenLabel')}</label>
          <input
            id="pakn-token"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoComplete="off"
          />
        </div>
        {f.answer && f.answer.text === null && (
          <button type="button" className="button button-secondary" onClick={() => step('follow')}>
            {t('paknFollow.showMine')}
          </button>
        )}
        {f.status === 'answered' && (
          <div className="chip-row">
            {(['like', 'dislike'] as const).map((r) => (
              <button
                key={r}
                type="button"
                className={`button ${f.rating === r ? 'button-primary' : 'button-secondary'}`}
                aria-pressed={f.rating === r}
                disabled={sender.isPending}
                onClick={() => step('rate', { rating: r })}
              >
                {t(`paknFollow.${r}`)}
              </button>
            ))}
          </div>
        )}
        {f.rating && <p>{t('paknFollow.rated', { rating: t(`paknFollow.${f.rating}`) })}</p>}
        {mayReopen && f.reopenUntil && (
          <form onSubmit={onReopen}>
            <h3>{t('paknFollow.reopenHeading')}</h3>
            <p className="hint">
              {t('paknFollow.reopenHint', { date: formatPlainDate(f.reopenUntil, lang) })}
            </p>
            <div className="field-group">
              <label htmlFor="pakn-reason">{t('paknFollow.reason')}</label>
              <textarea
                id="pakn-reason"
                rows={3}
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
            <button type="submit" className="button button-primary" disabled={sender.isPending}>
              {t('paknFollow.reopen')}
            </button>
          </form>
        )}
        {sender.isError && <ErrorMessage error={sender.error} />}
      </section>
    </div>
  );
}
