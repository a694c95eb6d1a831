import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p className="actions">
        <Link className="button button-primary" to="/">
          {t('common.backHome')}
        </Link>
        <Link className="button button-secondary" to="/thu-tuc">
          {t('procedure.searchAgain')}
        </Link>
      </p>
    </div>
  );
}
