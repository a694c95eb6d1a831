import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ComplaintLinks } from '../../complaints/components';
import { DaySlips } from '../../dossiers/components/DaySlips';
import { StaffDossierLinks } from '../../dossiers/components/StaffDossierLinks';
import { WorkSummary } from '../../dossiers/components/WorkSummary';
import { FeedbackLinks } from '../../feedback/components';
import { NoticeList } from '../../notices/NoticeList';
import { ReceptionLinks } from '../../reception/components';
import { hasRole, KNOWN_ROLES, type Role, type StaffUser, useLogout } from '../api';
import { RequireStaff } from '../components/RequireStaff';

export function StaffHomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.staffTitle'));
  return <RequireStaff>{(user) => <StaffHome user={user} />}</RequireStaff>;
}

function StaffHome({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const pick = usePick();
  const navigate = useNavigate();
  const logout = useLogout();
  const roleLabel = (r: string, i: number) => {
    if (KNOWN_ROLES.includes(r as Role)) return t(`auth.role.${r as Role}`);
    const label = user.roleLabels?.[i];
    return label ? pick(label.vi, label.en) : r;
  };

  return (
    <div className="staff-home">
      <p className="eyebrow">{t('auth.staffTitle')}</p>
      <h1>{t('auth.greeting', { name: user.fullName })}</h1>
      <dl className="facts">
        <div>
          <dt>{t('auth.account')}</dt>
          <dd>
            <code>{user.username}</code>
          </dd>
        </div>
        <div>
          <dt>{t('auth.roles')}</dt>
          <dd>
            <ul className="inline-list">
              {user.roles.map((r, i) => (
                <li key={r} className="badge badge-role">
                  {roleLabel(r, i)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {user.agency && (
          <div>
            <dt>{t('auth.agency')}</dt>
            <dd>{pick(user.agency.name, user.agency.nameEn)}</dd>
          </div>
        )}
      </dl>

      <NoticeList />
      <WorkSummary user={user} />
      <StaffDossierLinks user={user} />
      <ComplaintLinks user={user} />
      <FeedbackLinks user={user} />
      <ReceptionLinks user={user} />
      <DaySlips user={user} />

      {(hasRole(user, 'inspector') || hasRole(user, 'supervisor')) && (
        <section aria-labelledby="report-links" className="section">
          <h2 id="report-links">{t('auth.reportLinks')}</h2>
          <ul className="link-list">
            {hasRole(user, 'inspector') && (
              <li>
                <Link to="/can-bo/phan-anh">{t('auth.reportInbox')}</Link>
              </li>
            )}
            <li>
              <Link to="/can-bo/phan-anh/thong-ke">{t('auth.reportStats')}</Link>
            </li>
            <li>
              <Link to="/can-bo/kiem-tra-so-lieu">{t('auth.integrityFlags')}</Link>
            </li>
          </ul>
        </section>
      )}

      {(hasRole(user, 'system-admin') || hasRole(user, 'supervisor')) && (
        <section aria-labelledby="admin-links" className="section">
          <h2 id="admin-links">{t('auth.adminLinks')}</h2>
          <ul className="link-list">
            {hasRole(user, 'system-admin') && (
              <>
                <li>
                  <Link to="/quan-tri/lich">{t('auth.calendarAdmin')}</Link>
                </li>
                <li>
                  <Link to="/quan-tri/quy-trinh">{t('auth.workflowAdmin')}</Link>
                </li>
              </>
            )}
            <li>
              <Link to="/quan-tri/noi-tiep-nhan">{t('auth.countersAdmin')}</Link>
            </li>
            <li>
              <Link to="/quan-tri/thong-bao">{t('auth.notificationsAdmin')}</Link>
            </li>
          </ul>
        </section>
      )}

      <p className="actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={logout.isPending}
          onClick={() =>
            logout.mutate(undefined, {
              onSettled: () => navigate('/dang-nhap', { replace: true, state: { loggedOut: true } }),
            })
          }
        >
          {t('auth.logout')}
        </button>
      </p>
    </div>
  );
}
