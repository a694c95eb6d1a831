import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useErrorText } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useForgetMe, useLogin, useMe } from '../api';

/** Only same-site paths are accepted as a return address (no open redirect). */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/can-bo';
}

export function LoginPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;
  const forgetMe = useForgetMe();
  useDocumentTitle(t('auth.loginTitle'));

  // Arriving here from "Đăng xuất": the server session is gone, so is the cached user.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the flag changes
  useEffect(() => {
    if (loggedOut) forgetMe();
  }, [loggedOut]);

  if (me.isPending) return <Loading />;
  if (me.data && !loggedOut && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    login.mutate(
      { username: username.trim(), password },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  };

  return (
    <div className="narrow">
      <h1>{t('auth.loginTitle')}</h1>
      <p>{t('auth.loginIntro')}</p>
      {loggedOut && !login.isError && (
        <p className="alert alert-info" role="status">
          {t('auth.loggedOut')}
        </p>
      )}
      {login.isError && (
        <div className="alert alert-error" role="alert">
          <p>{errorText(login.error)}</p>
        </div>
      )}
      <form className="stack form-card" onSubmit={submit}>
        <div className="field-group">
          <label htmlFor="login-username">{t('auth.username')}</label>
          <input
            id="login-username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className="field-group">
          <label htmlFor="login-password">{t('auth.password')}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={login.isPending}>
          {login.isPending ? t('auth.submitting') : t('auth.submit')}
        </button>
      </form>
    </div>
  );
}
