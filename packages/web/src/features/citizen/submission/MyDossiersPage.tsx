import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { citizenLoginHref, useCitizenMe } from '../api';
import { draftHref, myDossierHref, useMyDossiers, useMyDrafts } from './api';
import { NotificationChannels } from './components/NotificationChannels';
import { SUBMISSION_NS } from './messages';

/** "Hồ sơ của tôi": the citizen's dossiers (submitted here, or naming them as applicant) and drafts. */
export function MyDossiersPage() {
  const { t } = useTranslation(SUBMISSION_NS);
  useDocumentTitle(t('mine.title'));
  const lang = useLang();
  const me = useCitizenMe();
  const signedIn = Boolean(me.data);
  const dossiers = useMyDossiers(signedIn);
  const drafts = useMyDrafts(signedIn);
  if (me.isPending) return <Loading />;
  if (!me.data) {
    return (
      <div className="citizen-account">
        <h1>{t('mine.title')}</h1>
        <p>{t('citizen.signInPrompt')}</p>
        <a className="button" href={citizenLoginHref('/tai-khoan/ho-so')}>
          {t('citizen.login')}
        </a>
      </div>
    );
  }
  return (
    <div className="citizen-account">
      <p className="eyebrow">{me.data.fullName}</p>
      <h1>{t('mine.title')}</h1>
      {drafts.data && drafts.data.length > 0 && (
        <section className="section">
          <h2>{t('mine.drafts')}</h2>
          <ul className="card-list">
            {drafts.data.map((d) => (
              <li key={d.id} className="card">
                <Link to={draftHref(d.id)}>{d.procedure.name}</Link>
                <p className="small muted">
                  {t('mine.draftSaved', {
                    date: new Date(d.updatedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN'),
                  })}
                  {' · '}
                  {t(`submit.step.${d.step}`)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="section">
        <h2>{t('mine.dossiers')}</h2>
        {dossiers.isPending && <Loading />}
        {dossiers.isError && <ErrorMessage error={dossiers.error} onRetry={() => void dossiers.refetch()} />}
        {dossiers.data?.length === 0 && <p>{t('mine.none')}</p>}
        <ul className="card-list">
          {dossiers.data?.map((d) => (
            <li key={d.code} className="card">
              <Link to={myDossierHref(d.code)}>
                <strong className="dossier-code">{d.code}</strong>
              </Link>
              <p>{d.procedure.name}</p>
              <p className="small">
                <span className={`badge badge-status-${d.statusKey}`}>{d.statusLabel}</span>
                {d.dueDate && (
                  <span className="muted">
                    {' '}
                    · {t('mine.due', { date: formatPlainDate(d.dueDate, lang, false) })}
                  </span>
                )}
              </p>
              {d.actions.includes('supplement') && (
                <p className="alert alert-warning small">{t('mine.supplementWaiting')}</p>
              )}
            </li>
          ))}
        </ul>
      </section>
      <NotificationChannels />
    </div>
  );
}
