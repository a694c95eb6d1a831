import { useTranslation } from 'react-i18next';
import { ApiError, NetworkError } from '../lib/api-client';
import { useLang } from '../lib/localize';

/** Turns an ApiError into the message the server worded for citizens, in the UI language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const lang = useLang();
  return (error) => {
    if (error instanceof ApiError) {
      const text =
        lang === 'en' ? (error.messageEn ?? error.messageVi) : (error.messageVi ?? error.messageEn);
      if (text) return text;
      return t('common.unknownError');
    }
    if (error instanceof NetworkError) return t('common.networkError');
    return t('common.unknownError');
  };
}

interface Props {
  error: unknown;
  onRetry?: (() => void) | undefined;
}

export function ErrorMessage({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const text = useErrorText()(error);
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <div className="alert alert-error" role="alert">
      <p>{text}</p>
      {requestId && (
        <p className="muted small">
          {t('common.requestId')}: <code>{requestId}</code>
        </p>
      )}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
