import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage, useErrorText } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { ApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import {
  type CalendarDay,
  DAY_KINDS,
  type DayKind,
  type SaveCalendarInput,
  SOURCE_BASES,
  type SourceBasis,
  useHolidays,
  useSaveCalendar,
  type YearCalendar,
} from '../api';
import { StatutoryHolidays } from '../components/StatutoryHolidays';
import { type ErrorMap, mapFieldErrors, type RowField } from '../field-errors';
import { currentYear, parseYear } from './CalendarPage';

interface Row {
  key: number;
  date: string;
  name: string;
  nameEn: string;
  kind: DayKind;
  basis: SourceBasis;
  /** Empty: the day rests on the year's document. */
  reference: string;
  /** The loaded English citation, sent back while the reference is unchanged. */
  loaded?: CalendarDay['source'];
}

export function AdminCalendarPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.calendarTitle'));
  return <RequireStaff requiredRole="system-admin">{() => <AdminCalendar />}</RequireStaff>;
}

let nextKey = 1;
function toRow(d: Partial<CalendarDay>): Row {
  return {
    key: nextKey++,
    date: d.date ?? '',
    name: d.name ?? '',
    nameEn: d.nameEn ?? '',
    kind: d.kind ?? 'holiday',
    basis: d.source?.basis ?? 'decision',
    reference: d.source?.reference ?? '',
    ...(d.source ? { loaded: d.source } : {}),
  };
}

/** A row's source as sent: none when the reference is empty (the year's document), else basis and reference. */
function rowSource(r: Row): SaveCalendarInput['days'][number]['source'] {
  const reference = r.reference.trim();
  if (reference === '') return undefined;
  const referenceEn = r.loaded?.reference === reference ? r.loaded.referenceEn : undefined;
  return { basis: r.basis, reference, ...(referenceEn ? { referenceEn } : {}) };
}

function AdminCalendar() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const year = parseYear(params.get('year'), currentYear());
  const [yearInput, setYearInput] = useState(String(year));
  const holidays = useHolidays(year);
  // The editor is rebuilt from the server's data only when asked (load, save), never by a background refetch.
  const [version, setVersion] = useState(0);
  const [savedYear, setSavedYear] = useState<number | undefined>();
  const [reloading, setReloading] = useState(false);

  useEffect(() => setYearInput(String(year)), [year]);

  const reload = async () => {
    setReloading(true);
    try {
      await holidays.refetch();
    } finally {
      setReloading(false);
      setVersion((v) => v + 1);
    }
  };

  const load = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const y = parseYear(yearInput, year);
    setSavedYear(undefined);
    if (y === year) void reload();
    else setParams({ year: String(y) });
  };

  const onSaved = () => {
    setSavedYear(year);
    void reload();
  };

  return (
    <div className="admin-calendar">
      <h1>{t('admin.calendarTitle')}</h1>
      <p>{t('admin.calendarIntro')}</p>
      <form className="inline-form" onSubmit={load}>
        <div className="field-group">
          <label htmlFor="admin-year">{t('admin.year')}</label>
          <input
            id="admin-year"
            type="number"
            inputMode="numeric"
            min={1900}
            max={2200}
            value={yearInput}
            onChange={(e) => setYearInput(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-secondary">
          {t('admin.load')}
        </button>
      </form>
      {holidays.isPending && <Loading />}
      {holidays.isError && <ErrorMessage error={holidays.error} onRetry={() => void holidays.refetch()} />}
      {savedYear === year && (
        <p className="alert alert-success" role="status">
          {t('admin.saved', { year })}
        </p>
      )}
      {reloading && <Loading />}
      {holidays.data && !reloading && (
        <CalendarEditor
          key={`${year}-${version}`}
          year={year}
          calendar={holidays.data}
          onSaved={onSaved}
          onEdit={() => setSavedYear(undefined)}
        />
      )}
      <StatutoryHolidays onAdded={() => void reload()} />
    </div>
  );
}

interface EditorProps {
  year: number;
  calendar: YearCalendar;
  onSaved: () => void;
  onEdit: () => void;
}

function CalendarEditor({ year, calendar, onSaved, onEdit }: EditorProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const errorText = useErrorText();
  const save = useSaveCalendar();
  const [rows, setRows] = useState<Row[]>(() =>
    [...(calendar.days ?? [])].sort((a, b) => a.date.localeCompare(b.date)).map(toRow),
  );
  const [source, setSource] = useState(calendar.source ?? '');
  const [errors, setErrors] = useState<ErrorMap | undefined>();
  const focusKey = useRef<number | undefined>(undefined);
  const tableRef = useRef<HTMLTableSectionElement>(null);

  useEffect(() => {
    if (focusKey.current === undefined) return;
    const input = tableRef.current?.querySelector<HTMLInputElement>(`[data-row="${focusKey.current}"] input`);
    input?.focus();
    focusKey.current = undefined;
  });

  const update = (key: number, field: RowField, value: string) => {
    onEdit();
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  };
  const addRow = () => {
    const row = toRow({});
    focusKey.current = row.key;
    setErrors(undefined);
    onEdit();
    setRows((rs) => [...rs, row]);
  };
  const removeRow = (key: number) => {
    setErrors(undefined);
    onEdit();
    setRows((rs) => rs.filter((r) => r.key !== key));
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setErrors(undefined);
    onEdit();
    const days: SaveCalendarInput['days'] = rows.map((r) => {
      const source = rowSource(r);
      return {
        date: r.date,
        name: r.name.trim(),
        nameEn: r.nameEn.trim(),
        kind: r.kind,
        ...(source ? { source } : {}),
      };
    });
    save.mutate(
      { year, source: source.trim(), days },
      {
        onSuccess: () => onSaved(),
        onError: (err) => {
          if (err instanceof ApiError && err.fields.length > 0) setErrors(mapFieldErrors(err.fields, lang));
        },
      },
    );
  };

  const rowError = (index: number, field: RowField | 'row') => errors?.rows.get(index)?.[field];
  const status = calendar.status;

  return (
    <form className="calendar-editor" onSubmit={submit} noValidate>
      <p>
        {t('admin.status')}:{' '}
        {status === 'provisional' ? (
          <span className="badge badge-provisional">{t('calendar.provisional')}</span>
        ) : (
          <span className="badge badge-official">{t('calendar.official')}</span>
        )}
      </p>
      <div className="field-group">
        <label htmlFor="admin-source">{t('admin.source')}</label>
        <textarea
          id="admin-source"
          className="wide"
          rows={3}
          maxLength={500}
          value={source}
          onChange={(e) => setSource(e.target.value)}
          aria-invalid={errors?.source ? true : undefined}
          aria-describedby={errors?.source ? 'admin-source-error' : undefined}
        />
        {errors?.source && (
          <p id="admin-source-error" className="field-error">
            {errors.source}
          </p>
        )}
      </div>

      <ScrollRegion label={t('calendar.heading', { year })}>
        <table className="data-table editor-table">
          <caption className="visually-hidden">{t('calendar.heading', { year })}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-no">
                #
              </th>
              <th scope="col">{t('admin.colDate')}</th>
              <th scope="col">{t('admin.colName')}</th>
              <th scope="col">{t('admin.colNameEn')}</th>
              <th scope="col">{t('admin.colKind')}</th>
              <th scope="col">{t('admin.colBasis')}</th>
              <th scope="col">{t('admin.colReference')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody ref={tableRef}>
            {rows.map((r, i) => {
              const n = i + 1;
              const rowLabel = t('admin.rowLabel', { n });
              const errId = (f: string) => `row-${r.key}-${f}-error`;
              const cell = (field: 'date' | 'name' | 'nameEn', label: string, type = 'text') => {
                const err = rowError(i, field);
                return (
                  <td>
                    <input
                      type={type}
                      value={r[field]}
                      aria-label={`${label} (${rowLabel})`}
                      aria-invalid={err ? true : undefined}
                      aria-describedby={err ? errId(field) : undefined}
                      onChange={(e) => update(r.key, field, e.target.value)}
                      lang={field === 'nameEn' ? 'en' : undefined}
                    />
                    {field === 'date' && r.date && (
                      <span className="cell-hint">{formatPlainDate(r.date, lang).split(',')[0]}</span>
                    )}
                    {err && (
                      <span id={errId(field)} className="field-error">
                        {err}
                      </span>
                    )}
                  </td>
                );
              };
              const kindErr = rowError(i, 'kind');
              const basisErr = rowError(i, 'basis');
              const referenceErr = rowError(i, 'reference');
              const rowErr = rowError(i, 'row');
              return (
                <tr key={r.key} data-row={r.key} className={errors?.rows.has(i) ? 'has-error' : undefined}>
                  <td className="col-no">
                    {n}
                    {rowErr && (
                      <span className="field-error" role="note">
                        {rowErr}
                      </span>
                    )}
                  </td>
                  {cell('date', t('admin.colDate'), 'date')}
                  {cell('name', t('admin.colName'))}
                  {cell('nameEn', t('admin.colNameEn'))}
                  <td>
                    <select
                      value={r.kind}
                      aria-label={`${t('admin.colKind')} (${rowLabel})`}
                      aria-invalid={kindErr ? true : undefined}
                      aria-describedby={kindErr ? errId('kind') : undefined}
                      onChange={(e) => update(r.key, 'kind', e.target.value)}
                    >
                      {DAY_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`calendar.kind.${k}`)}
                        </option>
                      ))}
                    </select>
                    {kindErr && (
                      <span id={errId('kind')} className="field-error">
                        {kindErr}
                      </span>
                    )}
                  </td>
                  <td>
                    <select
                      value={r.basis}
                      aria-label={`${t('admin.colBasis')} (${rowLabel})`}
                      aria-invalid={basisErr ? true : undefined}
                      aria-describedby={basisErr ? errId('basis') : undefined}
                      onChange={(e) => update(r.key, 'basis', e.target.value)}
                    >
                      {SOURCE_BASES.map((b) => (
                        <option key={b} value={b}>
                          {t(`calendar.basis.${b}`)}
                        </option>
                      ))}
                    </select>
                    {basisErr && (
                      <span id={errId('basis')} className="field-error">
                        {basisErr}
                      </span>
                    )}
                  </td>
                  <td>
                    <input
                      type="text"
                      value={r.reference}
                      maxLength={500}
                      placeholder={t('admin.referenceHint')}
                      aria-label={`${t('admin.colReference')} (${rowLabel})`}
                      aria-invalid={referenceErr ? true : undefined}
                      aria-describedby={referenceErr ? errId('reference') : undefined}
                      onChange={(e) => update(r.key, 'reference', e.target.value)}
                    />
                    {referenceErr && (
                      <span id={errId('reference')} className="field-error">
                        {referenceErr}
                      </span>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-small button-danger"
                      aria-label={t('admin.removeRowLabel', { n })}
                      onClick={() => removeRow(r.key)}
                    >
                      {t('admin.removeRow')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {rows.length === 0 && <p>{t('admin.noRows')}</p>}

      <div aria-live="polite">
        {save.isError && (
          <div className="alert alert-error" role="alert">
            <p>{errors ? t('admin.fixErrors') : errorText(save.error)}</p>
            {errors && errors.other.length > 0 && (
              <ul>
                {errors.other.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <p className="actions">
        <button type="button" className="button button-secondary" onClick={addRow}>
          + {t('admin.addRow')}
        </button>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('admin.saving') : t('admin.save', { year })}
        </button>
      </p>
    </form>
  );
}
