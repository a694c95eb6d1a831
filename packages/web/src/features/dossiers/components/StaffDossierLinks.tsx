import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasRole, type StaffUser } from '../../auth/api';

/** The staff home's links to the dossier console, by role. */
export function StaffDossierLinks({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const handlesDossiers = ['counter-officer', 'specialist', 'leader', 'clerical', 'supervisor'].some((r) =>
    user.roles.includes(r),
  );
  if (!handlesDossiers) return null;
  return (
    <section aria-labelledby="dossier-links" className="section">
      <h2 id="dossier-links">{t('auth.dossierLinks')}</h2>
      <ul className="link-list">
        {hasRole(user, 'counter-officer') && (
          <li>
            <Link to="/can-bo/tiep-nhan">{t('auth.intakeLink')}</Link>
          </li>
        )}
        <li>
          <Link to="/can-bo/ho-so">{t('auth.queueLink')}</Link>
        </li>
        {(hasRole(user, 'leader') || hasRole(user, 'supervisor')) && (
          <li>
            <Link to="/can-bo/cho-phe-duyet">{t('auth.heldLink')}</Link>
          </li>
        )}
        <li>
          <Link to="/tra-cuu">{t('auth.trackingLink')}</Link>
        </li>
      </ul>
    </section>
  );
}
