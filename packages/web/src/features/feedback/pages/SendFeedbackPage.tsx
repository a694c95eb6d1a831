import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { fieldErrorMap } from '../../dossiers/dossier-format';
import { type FeedbackReceipt, useSendFeedback } from '../api';
import { EMPTY_LETTER, type Letter, LetterFields, letterBody } from '../components';
import { FEEDBACK_NS } from '../messages';

/** /phan-anh-kien-nghi — the public form (anonymous or with a contact); the code and token shown once. */
export function SendFeedbackPage() {
  const { t } = useTranslation(FEEDBACK_NS);
  const lang = useLang();
  useDocumentTitle(t('paknForm.docTitle'));
  const send = useSendFeedback();
  const [letter, setLetter] = useState<Letter>(EMPTY_LETTER);
  const [anonymous, setAnonymous] = useState(true);
  if (send.data) return <Sent receipt={send.data} onAnother={() => send.reset()} />;
  const errors = send.error instanceof ApiError ? fieldErrorMap(send.error.fields, lang) : {};
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate(letterBody(anonymous ? { ...letter, fullName: '', phone: '', email: '' } : letter));
  };
  return (
    <div className="narrow feedback">
      <p className="eyebrow">{t('paknForm.eyebrow')}</p>
      <h1>{t('paknForm.title')}</h1>
      <p className="lead">{t('paknForm.lead')}</p>
      <form className="form-card" onSubmit={onSubmit} noValidate>
        <fieldset className="field-group">
          <label className="report-choice">
            <input type="radio" name="who" checked={anonymous} onChange={() => setAnonymous(true)} />
            {t('paknForm.anonymous')}
          </label>
          <label className="report-choice">
            <input type="radio" name="who" checked={!anonymous} onChange={() => setAnonymous(false)} />
            {t('paknForm.withContact')}
          </label>
        </fieldset>
        <LetterFields value={letter} onChange={setLetter} errors={errors} contact={!anonymous} />
        {send.isError && <ErrorMessage error={send.error} />}
        <button type="submit" className="button button-primary" disabled={send.isPending}>
          {send.isPending ? t('paknForm.sending') : t('paknForm.submit')}
        </button>
      </form>
      <p>
        <Link to="/phan-anh-kien-nghi/tra-cuu">{t('paknForm.follow')}</Link> ·{' '}
        <Link to="/phan-anh-kien-nghi/da-tra-loi">{t('paknForm.answered')}</Link> ·{' '}
        <Link to="/ban-noi-chung-toi-lam">{t('paknDone.title')}</Link>
      </p>
    </div>
  );
}

function Sent({ receipt, onAnother }: { receipt: FeedbackReceipt; onAnother: () => void }) {
  const { t } = useTranslation(FEEDBACK_NS);
  const lang = useLang();
  return (
    <div className="narrow feedback">
      <h1>{t('paknForm.sentTitle')}</h1>
      <dl className="case-facts feedback-receipt">
        <dt>{t('paknForm.code')}</dt>
        <dd>
          <strong data-testid="feedback-code">{receipt.code}</strong>
        </dd>
        <dt>{t('paknForm.token')}</dt>
        <dd>
          <code data-testid="feedback-token">{receipt.followToken}</code>
        </dd>
      </dl>
      <p className="alert alert-warning">{t('paknForm.tokenHint')}</p>
      <p>{t('paknForm.due', { date: formatPlainDate(receipt.dueDate, lang) })}</p>
      <p>
        <Link className="button button-primary" to={`/phan-anh-kien-nghi/tra-cuu/${receipt.code}`}>
          {t('paknForm.openFollow')}
        </Link>{' '}
        <button type="button" className="button button-secondary" onClick={onAnother}>
          {t('paknForm.another')}
        </button>
      </p>
    </div>
  );
}
