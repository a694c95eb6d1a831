import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { hasRole, type Role, type StaffUser, useMe } from '../api';

interface Props {
  requiredRole?: Role;
  children: (user: StaffUser) => ReactNode;
}

/** Signed-in staff only (else to the login page, coming back afterwards); optionally one role. */
export function RequireStaff({ requiredRole, children }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/dang-nhap?next=${encodeURIComponent(next)}`} replace />;
  }
  if (requiredRole && !hasRole(me.data, requiredRole)) {
    return (
      <div className="narrow">
        <h1>{t('auth.forbidden')}</h1>
        <p>{t('auth.forbiddenText')}</p>
      </div>
    );
  }
  return <>{children(me.data)}</>;
}
