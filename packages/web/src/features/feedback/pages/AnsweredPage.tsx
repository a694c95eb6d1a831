import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePublishedAnswers } from '../api';
import { FEEDBACK_NS } from '../messages';

/** /phan-anh-kien-nghi/da-tra-loi — the published answers (no sender's data). */
export function AnsweredPage() {
  const { t } = useTranslation(FEEDBACK_NS);
  const lang = useLang();
  useDocumentTitle(t('paknAnswered.docTitle'));
  const list = usePublishedAnswers();
  return (
    <div className="narrow feedback">
      <p className="eyebrow">
        <Link to="/phan-anh-kien-nghi">{t('paknForm.eyebrow')}</Link>
      </p>
      <h1>{t('paknAnswered.title')}</h1>
      <p className="lead">{t('paknAnswered.lead')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('paknAnswered.empty')}</p>
      ) : (
        <ul className="case-list">
          {list.data.items.map((a) => (
            <li key={a.code} className="case-item">
              <Link to={`/phan-anh-kien-nghi/tra-cuu/${a.code}`} className="case-link">
                <span className="case-kind">
                  {t(`paknKind.${a.kind}`)} · {a.code}
                </span>
                <span className="case-subject">{a.title}</span>
              </Link>
              <p className="feedback-answer">{a.answer}</p>
              <span className="case-meta muted">
                {a.agency.name} ·{' '}
                {t('paknAnswered.answeredOn', { date: formatPlainDate(a.answeredOn, lang, false) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
