import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTimeLimit, formatVnd } from '../../../lib/format';
import { useLang, usePick } from '../../../lib/localize';
import { submitHref } from '../../citizen/api';
import { NATIONAL_PORTAL_URL, type ProcedureCase, type ProcedureDetail } from '../api';
import { officialSources } from '../sources';

/**
 * What a citizen on a phone needs first: how long, how much, where and how to submit, and the online
 * action. The sections below give the detail.
 */
export function ProcedureSummaryBox({ procedure: p }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const pick = usePick();
  const cases = p.cases ?? [];
  const counters = p.counters ?? [];
  const limits = byCase(cases.map((c) => [pick(c.name, c.nameEn), formatTimeLimit(t, c)]));
  const fees = byCase(cases.map((c) => [pick(c.name, c.nameEn), feeText(c)]));
  const portal = officialSources(p.source).find((s) => s.isNationalPortal)?.url ?? NATIONAL_PORTAL_URL;
  const channels = [
    t('procedure.channelCounter'),
    ...(p.postal ? [t('procedure.channelPostal')] : []),
    ...(p.onlineService !== 'none' ? [t('procedure.channelOnline')] : []),
  ];

  function feeText(c: ProcedureCase): string {
    if (c.feeStatus === 'provincial-to-set') return t('procedure.feeProvincial');
    const list = c.fees ?? [];
    if (list.length === 0) return t('common.free');
    return list.map((f) => `${pick(f.name, f.nameEn)}: ${formatVnd(t, lang, f.amount)}`).join('; ');
  }

  return (
    // On paper the sections below say the same; the summary is for the screen.
    <section className="procedure-summary no-print" aria-labelledby="sec-summary">
      <h2 id="sec-summary" className="visually-hidden">
        {t('procedure.summary')}
      </h2>
      <dl className="summary-facts">
        <div>
          <dt>{t('procedure.timeLimit')}</dt>
          <dd className="strong">
            <ByCase values={limits} />
          </dd>
        </div>
        <div>
          <dt>{t('procedure.fees')}</dt>
          <dd>
            <ByCase values={fees} />
          </dd>
        </div>
        <div>
          <dt>{t('procedure.summaryWhere')}</dt>
          <dd>
            {counters.length === 0 ? (
              t('procedure.whereNone')
            ) : p.level === 'commune' ? (
              <a href="#sec-where">{t('procedure.whereCommune', { count: counters.length })}</a>
            ) : (
              <a href="#sec-where">{counters.map((c) => pick(c.name, c.nameEn)).join('; ')}</a>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('procedure.summaryHow')}</dt>
          <dd>{channels.join(', ')}</dd>
        </div>
      </dl>
      {p.onlineService !== 'none' && counters.length > 0 && (
        // A counter here takes it: the citizen submits on this site (VNeID login, a draft saved per step).
        <p className="summary-action no-print">
          <Link className="button button-primary" to={submitHref(p.code)}>
            {t('procedure.submitOnline')}
          </Link>{' '}
          <span className="small muted">{t('procedure.submitHere')}</span>
        </p>
      )}
      {p.onlineService !== 'none' && counters.length === 0 && (
        <p className="summary-action no-print">
          <a className="button button-primary" href={portal} rel="noopener noreferrer">
            {t('procedure.submitOnline')}
          </a>{' '}
          <span className="small muted">{t('procedure.submitOnlineWhere')}</span>
        </p>
      )}
    </section>
  );
}

/** At most this many cases are named in the summary; more are "see below". */
const MAX_CASES_SHOWN = 3;

type CaseValues = { same: string } | { perCase: [name: string, value: string][] } | { many: true };

/** One value for every case, each case's where they differ (a few cases), or "depends" (many). */
function byCase(pairs: [string, string][]): CaseValues {
  const distinct = new Set(pairs.map(([, v]) => v));
  if (distinct.size <= 1) return { same: pairs[0]?.[1] ?? '' };
  return pairs.length <= MAX_CASES_SHOWN ? { perCase: pairs } : { many: true };
}

function ByCase({ values }: { values: CaseValues }) {
  const { t } = useTranslation();
  if ('same' in values) return <>{values.same}</>;
  if ('many' in values) return <>{t('procedure.summaryByCase')}</>;
  return (
    <ul className="summary-cases">
      {values.perCase.map(([name, value]) => (
        <li key={name}>
          <span className="summary-case-name">{name}:</span> {value}
        </li>
      ))}
    </ul>
  );
}
