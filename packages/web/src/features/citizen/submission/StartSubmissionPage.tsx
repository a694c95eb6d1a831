import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useProcedure } from '../../catalogue/api';
import { citizenLoginHref, useCitizenMe } from '../api';
import { draftHref, submitHref, useCreateDraft, useMyDrafts } from './api';
import { SUBMISSION_NS } from './messages';

/** "Nộp hồ sơ trực tuyến" of a procedure: sign in with VNeID, then start a draft or resume one. */
export function StartSubmissionPage() {
  const { t } = useTranslation(SUBMISSION_NS);
  useDocumentTitle(t('submit.title'));
  const lang = useLang();
  const [params] = useSearchParams();
  const code = params.get('thu-tuc') ?? '';
  const me = useCitizenMe();
  const procedure = useProcedure(code);
  const drafts = useMyDrafts(Boolean(me.data));
  const create = useCreateDraft();
  const navigate = useNavigate();

  if (me.isPending || procedure.isPending) return <Loading />;
  if (procedure.isError) return <ErrorMessage error={procedure.error} />;
  const p = procedure.data;
  const name = lang === 'en' ? (p.nameEn ?? p.name) : p.name;
  const mine = (drafts.data ?? []).filter((d) => d.procedure.code === p.code);
  return (
    <div className="citizen-submit narrow">
      <p className="eyebrow">{t('submit.title')}</p>
      <h1>{name}</h1>
      {!me.data ? (
        <>
          <p>{t('submit.signInFirst')}</p>
          <p>
            <a className="button button-primary" href={citizenLoginHref(submitHref(p.code))}>
              {t('citizen.login')}
            </a>
          </p>
        </>
      ) : (
        <>
          {mine.length > 0 && (
            <section className="section">
              <h2>{t('submit.resumeTitle')}</h2>
              <ul className="link-list">
                {mine.map((d) => (
                  <li key={d.id}>
                    <Link to={draftHref(d.id)}>
                      {t('submit.resumeDraft', { date: new Date(d.updatedAt).toLocaleString('vi-VN') })}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p>{t('submit.startHint')}</p>
          <button
            type="button"
            className="button button-primary"
            disabled={create.isPending}
            onClick={() =>
              create.mutate(
                { procedureCode: p.code },
                { onSuccess: (draft) => void navigate(draftHref(draft.id), { replace: true }) },
              )
            }
          >
            {t('submit.start')}
          </button>
          {create.isError && <ErrorMessage error={create.error} />}
        </>
      )}
    </div>
  );
}
