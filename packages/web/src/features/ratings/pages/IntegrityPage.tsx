import type { FlagKind } from '@motcua/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { apiRequest, buildQuery, isApiError } from '../../../lib/api-client';
import { useLang, usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { formatInstant } from '../../dossiers/dossier-format';
import { RATINGS_NS } from '../messages';

interface Text {
  vi: string;
  en: string;
}
interface Flags {
  examined: number;
  truncated: boolean;
  dossiers: { kind: FlagKind; label: Text; code: string; evidence: Text }[];
  accounts: { account: string; applicants: number; codes: string[] }[];
  ratingBursts: { source: string; from: string; to: string; codes: string[] }[];
}

const isoDay = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });

/** /can-bo/kiem-tra-so-lieu — the integrity flags of a period, each with its dossiers (the inspectorate, the supervisor). */
export function IntegrityPage() {
  const { t } = useTranslation(RATINGS_NS);
  useDocumentTitle(t('integrity.docTitle'));
  return <RequireStaff>{() => <IntegrityView />}</RequireStaff>;
}

function IntegrityView() {
  const { t } = useTranslation(RATINGS_NS);
  const pick = usePick();
  const lang = useLang();
  const today = new Date();
  const [from, setFrom] = useState(isoDay(new Date(today.getTime() - 30 * 86_400_000)));
  const [to, setTo] = useState(isoDay(today));
  const flags = useQuery({
    queryKey: ['integrity-flags', from, to],
    queryFn: ({ signal }) => apiRequest<Flags>(`/api/integrity/flags${buildQuery({ from, to })}`, { signal }),
    enabled: from !== '' && to !== '',
  });
  if (isApiError(flags.error, 403)) return <p className="alert alert-error">{t('integrity.forbidden')}</p>;
  const f = flags.data;
  const empty = f && f.dossiers.length === 0 && f.accounts.length === 0 && f.ratingBursts.length === 0;
  return (
    <div className="integrity">
      <p className="eyebrow">
        <Link to="/can-bo">←</Link>
      </p>
      <h1>{t('integrity.title')}</h1>
      <p className="lead">{t('integrity.lead')}</p>
      <div className="report-row">
        <div className="field-group">
          <label htmlFor="integrity-from">{t('integrity.from')}</label>
          <input id="integrity-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field-group">
          <label htmlFor="integrity-to">{t('integrity.to')}</label>
          <input id="integrity-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      {flags.isPending && <Loading />}
      {flags.isError && <ErrorMessage error={flags.error} onRetry={() => void flags.refetch()} />}
      {f && (
        <>
          <p className="muted">{t('integrity.examined', { count: f.examined })}</p>
          {f.truncated && <p className="alert alert-warning">{t('integrity.truncated')}</p>}
          {empty && <p>{t('integrity.none')}</p>}
          {f.dossiers.length > 0 && (
            <section className="section" aria-labelledby="integrity-dossiers">
              <h2 id="integrity-dossiers">{t('integrity.dossiers')}</h2>
              <ul className="plain-list">
                {f.dossiers.map((d) => (
                  <li key={`${d.kind}-${d.code}-${d.evidence.en}`}>
                    <p className="strong">{pick(d.label.vi, d.label.en)}</p>
                    <p>
                      <Link to={`/can-bo/ho-so/${encodeURIComponent(d.code)}`}>{d.code}</Link> —{' '}
                      {pick(d.evidence.vi, d.evidence.en)}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {f.accounts.length > 0 && (
            <section className="section" aria-labelledby="integrity-accounts">
              <h2 id="integrity-accounts">{t('integrity.accounts')}</h2>
              <ul className="plain-list">
                {f.accounts.map((a) => (
                  <li key={a.account}>
                    <p className="strong">
                      {t('integrity.accountRow', { account: a.account, count: a.applicants })}
                    </p>
                    <p>{a.codes.join(', ')}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {f.ratingBursts.length > 0 && (
            <section className="section" aria-labelledby="integrity-bursts">
              <h2 id="integrity-bursts">{t('integrity.bursts')}</h2>
              <ul className="plain-list">
                {f.ratingBursts.map((b) => (
                  <li key={`${b.source}-${b.from}`}>
                    <p className="strong">
                      {t('integrity.burstRow', {
                        source: b.source,
                        count: b.codes.length,
                        from: formatInstant(b.from, lang),
                        to: formatInstant(b.to, lang),
                      })}
                    </p>
                    <p>{b.codes.join(', ')}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
