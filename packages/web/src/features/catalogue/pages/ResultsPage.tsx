import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { buildQuery } from '../../../lib/api-client';
import { usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { LEVELS, ONLINE_SERVICES, PAGE_SIZE, useProcedureFields, useProcedureSearch } from '../api';
import { Pagination } from '../components/Pagination';
import { ProcedureCard } from '../components/ProcedureCard';
import { SearchForm } from '../components/SearchForm';

const FILTER_KEYS = ['q', 'field', 'level', 'online'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** Below this many results a spelling suggestion is still worth showing. */
const SUGGEST_BELOW = 3;

export function ResultsPage() {
  const { t } = useTranslation();
  const pick = usePick();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const id = useId();

  const filters: Record<FilterKey, string> = {
    q: params.get('q') ?? '',
    field: params.get('field') ?? '',
    level: params.get('level') ?? '',
    online: params.get('online') ?? '',
  };
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  const search = useProcedureSearch({ ...filters, page });
  const fields = useProcedureFields();
  useDocumentTitle(filters.q ? t('results.headingQuery', { q: filters.q }) : t('results.docTitle'));

  const hrefWith = (changes: Partial<Record<FilterKey, string>> & { page?: number }) => {
    const next = { ...filters, ...changes };
    return `/thu-tuc${buildQuery({ ...next, page: changes.page && changes.page > 1 ? changes.page : undefined })}`;
  };
  const setFilter = (key: FilterKey, value: string) => navigate(hrefWith({ [key]: value }));

  const data = search.data;
  const total = data?.total ?? 0;
  const pageSize = data?.pageSize ?? PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hasFilters = Boolean(filters.field || filters.level || filters.online);
  const suggestion =
    data?.suggestion && (total < SUGGEST_BELOW || data.broadMatch) ? data.suggestion : undefined;

  return (
    <div className="results-page">
      <h1>{filters.q ? t('results.headingQuery', { q: filters.q }) : t('results.heading')}</h1>
      <SearchForm initialQuery={filters.q} onSearch={(q) => navigate(hrefWith({ q }))} />

      <div className="results-layout">
        <section className="filters" aria-labelledby={`${id}-filters`}>
          <h2 id={`${id}-filters`}>{t('results.filters')}</h2>
          <div className="field-group">
            <label htmlFor={`${id}-field`}>{t('results.field')}</label>
            <select
              id={`${id}-field`}
              value={filters.field}
              onChange={(e) => setFilter('field', e.target.value)}
            >
              <option value="">{t('results.allFields')}</option>
              {fields.data?.map((f) => (
                <option key={f.field} value={f.field}>
                  {pick(f.field, f.fieldEn)} ({f.count})
                </option>
              ))}
              {filters.field && !fields.data?.some((f) => f.field === filters.field) && (
                <option value={filters.field}>{filters.field}</option>
              )}
            </select>
          </div>
          <div className="field-group">
            <label htmlFor={`${id}-level`}>{t('results.level')}</label>
            <select
              id={`${id}-level`}
              value={filters.level}
              onChange={(e) => setFilter('level', e.target.value)}
            >
              <option value="">{t('results.allLevels')}</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`level.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field-group">
            <label htmlFor={`${id}-online`}>{t('results.online')}</label>
            <select
              id={`${id}-online`}
              value={filters.online}
              onChange={(e) => setFilter('online', e.target.value)}
            >
              <option value="">{t('results.allOnline')}</option>
              {ONLINE_SERVICES.map((o) => (
                <option key={o} value={o}>
                  {t(`online.${o}`)}
                </option>
              ))}
            </select>
          </div>
          {hasFilters && (
            <Link className="clear-filters" to={hrefWith({ field: '', level: '', online: '' })}>
              {t('results.clearFilters')}
            </Link>
          )}
        </section>

        <section className="results" aria-labelledby={`${id}-count`} aria-busy={search.isFetching}>
          {search.isPending && <Loading />}
          {search.isError && <ErrorMessage error={search.error} onRetry={() => void search.refetch()} />}
          {data && (
            <>
              <h2 id={`${id}-count`} className="results-count" aria-live="polite">
                {t('results.found', { count: total })}
              </h2>
              {suggestion && (
                <p className="suggestion">
                  {t('results.suggestionBefore')}
                  <Link to={hrefWith({ q: suggestion })}>{suggestion}</Link>
                  {t('results.suggestionAfter')}
                </p>
              )}
              {data.broadMatch && <p className="broad-match">{t('results.broadMatch')}</p>}
              {total === 0 && <p className="empty">{t('results.none')}</p>}
              <ol className="result-list" start={(page - 1) * pageSize + 1}>
                {data.items.map((p) => (
                  <li key={p.code}>
                    <ProcedureCard procedure={p} />
                  </li>
                ))}
              </ol>
              <Pagination page={Math.min(page, pages)} pages={pages} hrefFor={(p) => hrefWith({ page: p })} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
