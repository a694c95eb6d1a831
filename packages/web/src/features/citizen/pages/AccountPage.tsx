import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { formatPlainDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { citizenLoginHref, maskIdNumber, useCitizenLogout, useCitizenMe } from '../api';

/** "Tài khoản của tôi": who the national e-ID says the citizen is, and at which assurance level. */
export function AccountPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('citizen.accountTitle'));
  const me = useCitizenMe();
  const logout = useCitizenLogout();
  const lang = i18n.language === 'en' ? 'en' : 'vi';

  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  const citizen = me.data;
  if (!citizen) {
    return (
      <div className="citizen-account">
        <h1>{t('citizen.accountTitle')}</h1>
        <p>{logout.isSuccess ? t('citizen.signedOut') : t('citizen.signInPrompt')}</p>
        <p>
          <a className="button" href={citizenLoginHref()}>
            {t('citizen.login')}
          </a>
        </p>
      </div>
    );
  }
  const level = citizen.assurance === 'LoA2' ? 2 : citizen.assurance === 'LoA1' ? 1 : undefined;
  return (
    <div className="citizen-account">
      <p className="eyebrow">{t('citizen.accountTitle')}</p>
      <h1>{citizen.fullName}</h1>
      <dl className="facts">
        <div>
          <dt>{t('citizen.idNumber')}</dt>
          <dd>
            <code>{maskIdNumber(citizen.idNumber)}</code> <small>({t('citizen.idNumberMasked')})</small>
          </dd>
        </div>
        {citizen.birthDate && (
          <div>
            <dt>{t('citizen.birthDate')}</dt>
            <dd>{formatPlainDate(citizen.birthDate, lang, false)}</dd>
          </div>
        )}
        {citizen.phone && (
          <div>
            <dt>{t('citizen.phone')}</dt>
            <dd>{citizen.phone}</dd>
          </div>
        )}
        <div>
          <dt>{t('citizen.assurance')}</dt>
          <dd>
            {level ? t('citizen.assuranceLevel', { level }) : citizen.assurance}
            {citizen.nationalEid ? ` — ${t('citizen.nationalEid')}` : ''}
          </dd>
        </div>
      </dl>
      <p>
        <Link className="button button-primary" to="/tai-khoan/ho-so">
          {t('citizen.myDossiers')}
        </Link>
      </p>
      <button type="button" className="button" disabled={logout.isPending} onClick={() => logout.mutate()}>
        {t('citizen.logout')}
      </button>
      {logout.isError && <ErrorMessage error={logout.error} />}
    </div>
  );
}
