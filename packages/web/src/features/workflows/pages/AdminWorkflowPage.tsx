import {
  ACTION_LABELS,
  ALLOTMENT_UNITS,
  type AllotmentUnit,
  HAND_OVER_ACTIONS,
  type HandOverAction,
  ROLE_LABELS,
  STEP_AGENCIES,
  STEP_ROLES,
  type StepAgency,
  type StepRole,
  type WorkflowStep,
} from '@motcua/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage, useErrorText } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { ApiError } from '../../../lib/api-client';
import { formatTimeLimit } from '../../../lib/format';
import { useLang, usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { useProcedure } from '../../catalogue/api';
import { fieldErrorMap, formatInstant } from '../../dossiers/dossier-format';
import { type CaseWorkflow, useCaseWorkflow, useSaveWorkflow } from '../api';
import { ProcedureFinder } from '../components/ProcedureFinder';
import { WorkflowTotalLine } from '../components/WorkflowTotalLine';

export function AdminWorkflowPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workflow.adminDocTitle'));
  return <RequireStaff requiredRole="system-admin">{() => <AdminWorkflow />}</RequireStaff>;
}

/** The editor's address: ?tim=<search>&trang=<page> for the list, &thu-tuc=<code>&truong-hop=<case> to edit. */
const editorHref = ({
  q,
  page,
  code,
  caseCode,
}: {
  q: string;
  page: number;
  code?: string;
  caseCode?: string;
}) => {
  const params = new URLSearchParams();
  if (q) params.set('tim', q);
  if (page > 1) params.set('trang', String(page));
  if (code) params.set('thu-tuc', code);
  if (caseCode) params.set('truong-hop', caseCode);
  return `?${params}`;
};

function AdminWorkflow() {
  const { t } = useTranslation();
  const pick = usePick();
  const [params, setParams] = useSearchParams();
  const q = params.get('tim') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('trang') ?? '1', 10) || 1);
  const code = params.get('thu-tuc') ?? '';
  const caseCode = params.get('truong-hop') ?? '';
  const procedure = useProcedure(code);
  const cases = code ? (procedure.data?.cases ?? []) : [];
  const workflow = useCaseWorkflow(code, caseCode);
  const go = (next: { code?: string; caseCode?: string; q?: string; page?: number }) =>
    setParams(new URLSearchParams(editorHref({ q, page, ...next }).slice(1)));

  return (
    <div className="admin-workflow">
      <h1>{t('workflow.adminHeading')}</h1>
      <p className="lead">{t('workflow.adminIntro')}</p>
      {!code && (
        <ProcedureFinder
          key={q}
          q={q}
          page={page}
          hrefFor={editorHref}
          onSearch={(next) => go({ q: next, page: 1 })}
        />
      )}
      {code && (
        <section className="section" aria-labelledby="wf-chosen">
          <p>
            <Link to={editorHref({ q, page })}>← {t('workflow.backToList')}</Link>
          </p>
          {procedure.isPending && <Loading />}
          {procedure.isError && <ErrorMessage error={procedure.error} />}
          {procedure.data && (
            <h2 id="wf-chosen">
              <span lang="vi">{pick(procedure.data.name, procedure.data.nameEn)}</span>{' '}
              <code>{procedure.data.code}</code>
            </h2>
          )}
          {cases.length > 0 && (
            <div className="field-group wf-case">
              <label htmlFor="wf-case">{t('workflow.caseCode')}</label>
              <select id="wf-case" value={caseCode} onChange={(e) => go({ code, caseCode: e.target.value })}>
                <option value="">—</option>
                {cases.map((c) => (
                  <option key={c.code} value={c.code}>
                    {pick(c.name, c.nameEn)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </section>
      )}
      {caseCode && workflow.isPending && <Loading />}
      {caseCode && workflow.isError && <ErrorMessage error={workflow.error} />}
      {workflow.data && <WorkflowEditor key={`${code}/${caseCode}`} workflow={workflow.data} />}
    </div>
  );
}

interface Row extends WorkflowStep {
  rowKey: number;
}
let nextRowKey = 1;
const toRows = (steps: readonly WorkflowStep[]): Row[] => steps.map((s) => ({ ...s, rowKey: nextRowKey++ }));
const fromRows = (rows: readonly Row[]): WorkflowStep[] =>
  rows.map(({ rowKey: _k, agencyKind, ...s }) => ({
    ...s,
    nameEn: s.nameEn || s.name,
    ...(s.agency === 'coordinating' ? { agencyKind: agencyKind ?? '' } : {}),
  }));

function newStep(rows: readonly Row[]): Row {
  let n = rows.length + 1;
  while (rows.some((r) => r.key === `buoc-${n}`)) n++;
  return {
    rowKey: nextRowKey++,
    key: `buoc-${n}`,
    name: '',
    nameEn: '',
    agency: 'coordinating',
    agencyKind: '',
    role: 'specialist',
    handOver: 'forward',
    allotment: { unit: 'working-days', value: 1 },
    mayReturn: false,
  };
}

function WorkflowEditor({ workflow }: { workflow: CaseWorkflow }) {
  const { t } = useTranslation();
  const lang = useLang();
  const errorText = useErrorText();
  const save = useSaveWorkflow(workflow.procedureCode, workflow.caseCode);
  const [rows, setRows] = useState<Row[]>(() => toRows(workflow.steps));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  const update = (rowKey: number, patch: Partial<WorkflowStep>) => {
    setSaved(false);
    setRows((rs) => rs.map((r) => (r.rowKey === rowKey ? { ...r, ...patch } : r)));
  };
  const err = (i: number, field: string) => errors[`steps[${i}].${field}`];

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setErrors({});
    save.mutate(fromRows(rows), {
      onSuccess: (data) => {
        setRows(toRows(data.steps));
        setSaved(true);
      },
      onError: (error) => {
        if (error instanceof ApiError) setErrors(fieldErrorMap(error.fields, lang));
      },
    });
  };

  return (
    <form className="section" onSubmit={submit} noValidate>
      <h2 lang="vi">
        {workflow.procedureName} — {workflow.caseName}
      </h2>
      <p>
        {t('workflow.timeLimit')}: <strong>{formatTimeLimit(t, workflow)}</strong>
      </p>
      <p className="muted">
        {workflow.isDefault
          ? t('workflow.isDefault')
          : t('workflow.updated', { at: formatInstant(workflow.updatedAt, lang), by: workflow.updatedBy })}
      </p>
      <ol className="step-cards">
        {rows.map((r, i) => {
          const id = (field: string) => `wf-${r.rowKey}-${field}`;
          const described = (field: string) =>
            err(i, field) ? { 'aria-invalid': true, 'aria-describedby': `${id(field)}-error` } : {};
          const fieldError = (field: string) =>
            err(i, field) && (
              <span className="field-error" id={`${id(field)}-error`}>
                {err(i, field)}
              </span>
            );
          return (
            <li key={r.rowKey}>
              <fieldset className="form-card step-card">
                <legend>
                  {t('workflow.step')} {i + 1}
                </legend>
                <div className="step-grid">
                  <div className="field-group step-name">
                    <label htmlFor={id('name')}>{t('workflow.colName')}</label>
                    <input
                      id={id('name')}
                      value={r.name}
                      onChange={(e) => update(r.rowKey, { name: e.target.value })}
                      {...described('name')}
                    />
                    {fieldError('name')}
                    {fieldError('key')}
                  </div>
                  <div className="field-group">
                    <label htmlFor={id('agency')}>{t('workflow.colAgency')}</label>
                    <select
                      id={id('agency')}
                      value={r.agency}
                      onChange={(e) => update(r.rowKey, { agency: e.target.value as StepAgency })}
                      {...described('agency')}
                    >
                      {STEP_AGENCIES.map((a) => (
                        <option key={a} value={a}>
                          {t(`workflow.agencies.${a}`)}
                        </option>
                      ))}
                    </select>
                    {fieldError('agency')}
                  </div>
                  {r.agency === 'coordinating' && (
                    <div className="field-group">
                      <label htmlFor={id('agencyKind')}>{t('workflow.colKind')}</label>
                      <input
                        id={id('agencyKind')}
                        placeholder="cong-an-xa"
                        spellCheck={false}
                        value={r.agencyKind ?? ''}
                        onChange={(e) => update(r.rowKey, { agencyKind: e.target.value })}
                        {...described('agencyKind')}
                      />
                      {fieldError('agencyKind')}
                    </div>
                  )}
                  <div className="field-group">
                    <label htmlFor={id('role')}>{t('workflow.colRole')}</label>
                    <select
                      id={id('role')}
                      value={r.role}
                      onChange={(e) => update(r.rowKey, { role: e.target.value as StepRole })}
                      {...described('role')}
                    >
                      {STEP_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role][lang]}
                        </option>
                      ))}
                    </select>
                    {fieldError('role')}
                  </div>
                  <div className="field-group">
                    <label htmlFor={id('handOver')}>{t('workflow.colHandOver')}</label>
                    <select
                      id={id('handOver')}
                      value={r.handOver}
                      onChange={(e) => update(r.rowKey, { handOver: e.target.value as HandOverAction })}
                      {...described('handOver')}
                    >
                      {HAND_OVER_ACTIONS.map((a) => (
                        <option key={a} value={a}>
                          {ACTION_LABELS[a][lang]}
                        </option>
                      ))}
                    </select>
                    {fieldError('handOver')}
                  </div>
                  <div className="field-group">
                    <label htmlFor={id('value')}>{t('workflow.colTime')}</label>
                    <div className="allotment">
                      <input
                        id={id('value')}
                        type="number"
                        min={0.5}
                        step={0.5}
                        inputMode="decimal"
                        value={Number.isFinite(r.allotment.value) ? r.allotment.value : ''}
                        onChange={(e) =>
                          update(r.rowKey, { allotment: { ...r.allotment, value: e.target.valueAsNumber } })
                        }
                        {...described('allotment.value')}
                      />
                      <select
                        aria-label={`${t('workflow.colUnit')} (${t('workflow.step')} ${i + 1})`}
                        value={r.allotment.unit}
                        onChange={(e) =>
                          update(r.rowKey, {
                            allotment: { ...r.allotment, unit: e.target.value as AllotmentUnit },
                          })
                        }
                      >
                        {ALLOTMENT_UNITS.map((u) => (
                          <option key={u} value={u}>
                            {t(`workflow.units.${u}`)}
                          </option>
                        ))}
                      </select>
                    </div>
                    {fieldError('allotment.value')}
                  </div>
                  <div className="field-group checkbox-field">
                    <label>
                      <input
                        type="checkbox"
                        checked={r.mayReturn}
                        onChange={(e) => update(r.rowKey, { mayReturn: e.target.checked })}
                        {...described('mayReturn')}
                      />{' '}
                      {t('workflow.colReturn')}
                    </label>
                    {fieldError('mayReturn')}
                  </div>
                </div>
                <p className="row-tools">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={i === 0}
                    onClick={() =>
                      setRows((rs) => {
                        const next = [...rs];
                        [next[i - 1], next[i]] = [next[i] as Row, next[i - 1] as Row];
                        return next;
                      })
                    }
                  >
                    ↑ {t('workflow.moveUp', { n: i + 1 })}
                  </button>
                  <button
                    type="button"
                    className="button button-danger button-small"
                    onClick={() => setRows((rs) => rs.filter((x) => x.rowKey !== r.rowKey))}
                  >
                    × {t('workflow.removeStep', { n: i + 1 })}
                  </button>
                </p>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setRows((rs) => [...rs.slice(0, -1), newStep(rs), ...rs.slice(-1)])}
        >
          + {t('workflow.addStep')}
        </button>
      </p>
      {/* Pinned to the bottom of the screen while the steps scroll past, so the total stays in sight. */}
      <WorkflowTotalLine steps={rows} timeLimit={workflow.timeLimit} />
      <div aria-live="polite">
        {saved && (
          <p className="alert alert-success" role="status">
            {t('workflow.saved')}
          </p>
        )}
        {save.isError && (
          <div className="alert alert-error" role="alert">
            <p>{errorText(save.error)}</p>
            {errors.steps && <p>{errors.steps}</p>}
          </div>
        )}
      </div>
      <p className="actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('workflow.saving') : t('workflow.save')}
        </button>
      </p>
    </form>
  );
}
