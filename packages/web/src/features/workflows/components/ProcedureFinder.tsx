import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { usePick } from '../../../lib/localize';
import { Pagination } from '../../catalogue/components/Pagination';
import { useWorkflowProcedures } from '../api';

interface Props {
  q: string;
  page: number;
  /** The editor's address with these search parameters (the procedure and page to open). */
  hrefFor: (params: { q: string; page: number; code?: string }) => string;
  onSearch: (q: string) => void;
}

/**
 * Finds the procedure whose workflow to edit in a province's catalogue (thousands): by name without
 * diacritics or by code, 20 a page, each with its agency, level and whether its cases have an edited workflow.
 */
export function ProcedureFinder({ q, page, hrefFor, onSearch }: Props) {
  const { t } = useTranslation();
  const pick = usePick();
  const [input, setInput] = useState(q);
  const list = useWorkflowProcedures(q, page);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onSearch(input.trim());
  };
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / (list.data?.pageSize ?? 20)));

  return (
    <section className="section" aria-labelledby="wf-find">
      <h2 id="wf-find">{t('workflow.findHeading')}</h2>
      <search>
        <form className="form-card inline-form" onSubmit={submit}>
          <div className="field-group">
            <label htmlFor="wf-q">{t('workflow.findLabel')}</label>
            <input
              id="wf-q"
              type="search"
              value={input}
              onChange={(e) => setInput(e.target.value)}
              placeholder={t('workflow.findPlaceholder')}
              aria-describedby="wf-q-hint"
            />
          </div>
          <button type="submit" className="button button-primary">
            {t('workflow.find')}
          </button>
          <p className="hint wf-find-hint" id="wf-q-hint">
            {t('workflow.findHint')}
          </p>
        </form>
      </search>
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          <p role="status" className="wf-found">
            {total === 0
              ? t('workflow.foundNone')
              : `${t('results.found', { count: total })} · ${t('results.pageOf', { page, pages })}`}
          </p>
          <ol className="result-list wf-procedures" start={(page - 1) * list.data.pageSize + 1}>
            {list.data.items.map((p) => (
              <li key={p.code} className="procedure-card">
                <h3 className="wf-procedure-name">
                  <Link to={hrefFor({ q, page, code: p.code })}>{pick(p.name, p.nameEn)}</Link>
                </h3>
                <p className="wf-procedure-meta">
                  <code>{p.code}</code>
                  <span className="badge badge-level">{t(`level.${p.level}`)}</span>
                  <span>{p.agencyName}</span>
                </p>
                <p className="wf-procedure-state">
                  {p.editedCaseCount > 0 ? (
                    <span className="badge badge-official">
                      {t('workflow.editedCases', { edited: p.editedCaseCount, count: p.caseCount })}
                    </span>
                  ) : (
                    <span className="badge badge-online-none">{t('workflow.allDefault')}</span>
                  )}
                </p>
              </li>
            ))}
          </ol>
          <Pagination page={page} pages={pages} hrefFor={(n) => hrefFor({ q, page: n })} />
        </>
      )}
    </section>
  );
}
