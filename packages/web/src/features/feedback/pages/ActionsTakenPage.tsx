import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatPlainDate } from '../../../lib/format';
import { useLang, usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAgencies } from '../../dossiers/api';
import { useActionsTaken } from '../api';
import { FEEDBACK_NS } from '../messages';

/** /ban-noi-chung-toi-lam — what agencies changed because of feedback, per agency, with the PAKN titles. */
export function ActionsTakenPage() {
  const { t } = useTranslation(FEEDBACK_NS);
  const lang = useLang();
  const pick = usePick();
  useDocumentTitle(t('paknDone.docTitle'));
  const [agency, setAgency] = useState('');
  const agencies = useAgencies();
  const list = useActionsTaken(agency || undefined);
  return (
    <div className="narrow feedback">
      <p className="eyebrow">
        <Link to="/phan-anh-kien-nghi">{t('paknForm.eyebrow')}</Link>
      </p>
      <h1>{t('paknDone.title')}</h1>
      <p className="lead">{t('paknDone.lead')}</p>
      <div className="field-group">
        <label htmlFor="done-agency">{t('paknDone.agency')}</label>
        <select id="done-agency" value={agency} onChange={(e) => setAgency(e.target.value)}>
          <option value="">{t('paknDone.allAgencies')}</option>
          {(agencies.data ?? [])
            .filter((a) => !['one-stop-section', 'service-centre'].includes(a.kind))
            .map((a) => (
              <option key={a.code} value={a.code}>
                {pick(a.name, a.nameEn)}
              </option>
            ))}
        </select>
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('paknDone.empty')}</p>
      ) : (
        <ul className="case-list">
          {list.data.items.map((a) => (
            <li key={a.id} className="case-item">
              <span className="case-kind">
                {a.agency.name} · {t('paknDone.takenOn', { date: formatPlainDate(a.takenOn, lang, false) })}
              </span>
              <p className="case-subject">{a.summary}</p>
              <p className="muted">{t('paknDone.because')}</p>
              <ul>
                {a.feedback.map((f) => (
                  <li key={f.code}>
                    <Link to={`/phan-anh-kien-nghi/tra-cuu/${f.code}`}>{f.title}</Link>{' '}
                    <span className="muted">({f.code})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
