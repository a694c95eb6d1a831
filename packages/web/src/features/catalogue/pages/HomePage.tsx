import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { buildQuery } from '../../../lib/api-client';
import { useLang, usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSiteInfo } from '../../site/api';
import { TrackingForm } from '../../tracking/components/TrackingForm';
import { useProcedureFields } from '../api';
import { CounterIcon, OnlineIcon, PostalIcon, QrIcon } from '../components/HowIcons';
import { SearchForm } from '../components/SearchForm';

export function HomePage() {
  const { t } = useTranslation();
  const pick = usePick();
  const lang = useLang();
  const navigate = useNavigate();
  const site = useSiteInfo().data;
  const fields = useProcedureFields();
  useDocumentTitle(t('home.docTitle'));

  const sortedFields = [...(fields.data ?? [])].sort((a, b) =>
    pick(a.field, a.fieldEn).localeCompare(pick(b.field, b.fieldEn), lang),
  );
  const centre = site?.centreName ? pick(site.centreName, site.centreNameEn) : undefined;

  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{t('home.heading')}</h1>
        {centre && <p className="hero-centre">{centre}</p>}
        <p className="lead">{t('home.intro')}</p>
        <SearchForm large onSearch={(q) => navigate(`/thu-tuc${buildQuery({ q })}`)} />
      </section>

      <DossierLookup />

      <section aria-labelledby="fields-heading" className="section">
        <h2 id="fields-heading">{t('home.fieldsHeading')}</h2>
        <p>{t('home.fieldsIntro')}</p>
        {fields.isPending && <Loading />}
        {fields.isError && <ErrorMessage error={fields.error} onRetry={() => void fields.refetch()} />}
        {fields.data && (
          <ul className="chips">
            {sortedFields.map((f) => (
              <li key={f.field}>
                <Link className="chip" to={`/thu-tuc${buildQuery({ field: f.field })}`}>
                  <span>{pick(f.field, f.fieldEn)}</span>
                  <span className="chip-count">{t('home.fieldCount', { count: f.count })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="how-heading" className="section">
        <h2 id="how-heading">{t('home.howHeading')}</h2>
        <ul className="cards">
          <li className="card">
            <span className="card-icon">
              <CounterIcon />
            </span>
            <h3>{t('home.howCounterTitle')}</h3>
            <p>{t('home.howCounterText')}</p>
          </li>
          <li className="card">
            <span className="card-icon">
              <OnlineIcon />
            </span>
            <h3>{t('home.howOnlineTitle')}</h3>
            <p>{t('home.howOnlineText')}</p>
          </li>
          <li className="card">
            <span className="card-icon">
              <PostalIcon />
            </span>
            <h3>{t('home.howPostalTitle')}</h3>
            <p>{t('home.howPostalText')}</p>
          </li>
          <li className="card">
            <span className="card-icon">
              <QrIcon />
            </span>
            <h3>{t('home.lookupTitle')}</h3>
            <p>{t('home.lookupText')}</p>
          </li>
        </ul>
      </section>
    </div>
  );
}

/** Following a dossier from the first page: the codes on the receipt, then its status page. */
function DossierLookup() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="section home-lookup" aria-labelledby={id}>
      <h2 id={id}>{t('home.trackHeading')}</h2>
      <TrackingForm initial="" initialCheck="" wrongCheck={false} compact={false} />
    </section>
  );
}
