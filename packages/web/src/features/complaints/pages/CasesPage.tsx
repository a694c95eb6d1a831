import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { QueryList } from '../../../components/QueryList';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { type CaseFilter, useCases } from '../api';
import { ClockBadge } from '../components';
import { COMPLAINTS_NS } from '../messages';

const STATES = [undefined, 'open', 'overdue'] as const;
const KINDS = [undefined, 'complaint', 'denunciation'] as const;

/** The register: an agency's complaints and denunciations, soonest due first, overdue in red. */
export function CasesPage() {
  const { t } = useTranslation(COMPLAINTS_NS);
  useDocumentTitle(t('docTitle'));
  return <RequireStaff>{() => <Cases />}</RequireStaff>;
}

function Cases() {
  const { t } = useTranslation(COMPLAINTS_NS);
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const filter: CaseFilter = {
    ...(params.get('state') ? { state: params.get('state') as CaseFilter['state'] } : {}),
    ...(params.get('kind') ? { kind: params.get('kind') as CaseFilter['kind'] } : {}),
  };
  const list = useCases(filter);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <div className="cases">
      <p className="eyebrow">
        <Link to="/can-bo">{t('staffHome')}</Link>
      </p>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      {list.data?.mayReceive && (
        <p>
          <Link className="button button-primary" to="/can-bo/khieu-nai-to-cao/tiep-nhan">
            {t('receiveLink')}
          </Link>
        </p>
      )}
      <div className="case-filters">
        <fieldset className="chip-row">
          <legend className="visually-hidden">{t('heading')}</legend>
          {STATES.map((s) => (
            <button
              key={s ?? 'all'}
              type="button"
              className={`button button-small ${filter.state === s ? 'button-primary' : 'button-secondary'}`}
              aria-pressed={filter.state === s}
              onClick={() => set('state', s)}
            >
              {t(`filter.${s ?? 'all'}`)}
            </button>
          ))}
        </fieldset>
        <label className="field-group">
          <span>{t('kindFilter')}</span>
          <select value={filter.kind ?? ''} onChange={(e) => set('kind', e.target.value || undefined)}>
            {KINDS.map((k) => (
              <option key={k ?? 'all'} value={k ?? ''}>
                {k ? t(`kind.${k}`) : t('filter.all')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryList query={list} empty={<p className="muted">{t('empty')}</p>}>
        {(items) => (
          <ul className="case-list">
            {items.map((c) => (
              <li key={c.code} className={`case-item ${c.clock?.overdue ? 'case-overdue' : ''}`}>
                <Link to={`/can-bo/khieu-nai-to-cao/${encodeURIComponent(c.code)}`} className="case-link">
                  <span className="case-kind">
                    {t(`kind.${c.kind}`)}
                    {c.instance ? ` ${t(`instance.${c.instance}`)}` : ''} · {c.code}
                  </span>
                  <span className="case-subject">{c.subject}</span>
                </Link>
                <span className="case-meta">
                  <span className="badge">{t(`state.${c.state}`)}</span> <ClockBadge clock={c.clock} />
                </span>
                <span className="case-meta muted">
                  {c.agency.name} · {t('receivedOn', { date: formatPlainDate(c.receivedOn, lang, false) })} ·{' '}
                  {c.assignee ? t('assignee', { name: c.assignee.name }) : t('noAssignee')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryList>
    </div>
  );
}
