import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTimeLimit } from '../../../lib/format';
import { usePick } from '../../../lib/localize';
import type { ProcedureSummary } from '../api';
import { LevelBadge, OnlineBadge } from './OnlineBadge';

export function ProcedureCard({ procedure: p }: { procedure: ProcedureSummary }) {
  const { t } = useTranslation();
  const pick = usePick();
  const name = pick(p.name, p.nameEn);
  return (
    <article className="procedure-card">
      <h3 className="procedure-card-title">
        <Link to={`/thu-tuc/${encodeURIComponent(p.code)}`}>{name}</Link>
      </h3>
      <p className="procedure-card-badges">
        <OnlineBadge level={p.onlineService} />
        <LevelBadge level={p.level} />
        {p.postal && <span className="badge badge-postal">{t('results.postal')}</span>}
      </p>
      <dl className="meta">
        <div>
          <dt>{t('results.code')}</dt>
          <dd>
            <code>{p.code}</code>
          </dd>
        </div>
        <div>
          <dt>{t('procedure.field')}</dt>
          <dd>{pick(p.field, p.fieldEn)}</dd>
        </div>
        {p.agencyName && (
          <div>
            <dt>{t('results.agency')}</dt>
            <dd lang="vi">{p.agencyName}</dd>
          </div>
        )}
        <div>
          <dt>{t('results.timeLimit')}</dt>
          <dd>{formatTimeLimit(t, p)}</dd>
        </div>
      </dl>
    </article>
  );
}
