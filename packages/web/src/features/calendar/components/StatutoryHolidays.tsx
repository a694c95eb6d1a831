import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, useErrorText } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { ApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang, usePick } from '../../../lib/localize';
import { statutoryHolidaysKey, useAddStatutoryHoliday, useStatutoryHolidays } from '../api';

const FIELDS = ['month', 'day', 'name', 'nameEn', 'effectiveFrom', 'compensated', 'reference'] as const;
type Field = (typeof FIELDS)[number];

const empty = { month: '', day: '', name: '', nameEn: '', effectiveFrom: '', reference: '' };

/**
 * Holidays a law adds after the Labour Code (e.g. Vietnam Culture Day once enacted): listed with their law
 * and effective date, and added by an administrator. Whether a weekend occurrence is made up is the law's
 * choice, so it is asked, not assumed.
 */
export function StatutoryHolidays({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const pick = usePick();
  const id = useId();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const list = useStatutoryHolidays();
  const add = useAddStatutoryHoliday();
  const [form, setForm] = useState(empty);
  const [compensated, setCompensated] = useState<boolean | undefined>();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [added, setAdded] = useState<string | undefined>();

  const set = (field: keyof typeof empty, value: string) => {
    setAdded(undefined);
    setForm((f) => ({ ...f, [field]: value }));
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setErrors({});
    setAdded(undefined);
    add.mutate(
      {
        month: Number(form.month),
        day: Number(form.day),
        name: form.name.trim(),
        nameEn: form.nameEn.trim(),
        effectiveFrom: form.effectiveFrom,
        reference: form.reference.trim(),
        ...(compensated === undefined ? {} : { compensated }),
      } as Parameters<typeof add.mutate>[0],
      {
        onSuccess: (saved) => {
          setAdded(saved.name);
          setForm(empty);
          setCompensated(undefined);
          void queryClient.invalidateQueries({ queryKey: statutoryHolidaysKey });
          onAdded();
        },
        onError: (err) => {
          if (!(err instanceof ApiError)) return;
          const next: Partial<Record<Field, string>> = {};
          for (const f of err.fields) {
            const path = f.path.replace(/^\//, '');
            const field = (FIELDS as readonly string[]).includes(path) ? (path as Field) : undefined;
            if (field) next[field] = lang === 'en' && f.messageEn ? f.messageEn : f.message;
          }
          setErrors(next);
        },
      },
    );
  };

  const input = (field: keyof typeof empty, label: string, type = 'text') => {
    const err = errors[field];
    return (
      <div className="field-group">
        <label htmlFor={`${id}-${field}`}>{label}</label>
        <input
          id={`${id}-${field}`}
          type={type}
          value={form[field]}
          {...(type === 'number' ? { inputMode: 'numeric' as const } : {})}
          lang={field === 'nameEn' ? 'en' : undefined}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `${id}-${field}-error` : undefined}
          onChange={(e) => set(field, e.target.value)}
        />
        {err && (
          <p id={`${id}-${field}-error`} className="field-error">
            {err}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="statutory-holidays" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.statutoryTitle')}</h2>
      <p>{t('admin.statutoryIntro')}</p>
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.data &&
        (list.data.items.length === 0 ? (
          <p>{t('admin.statutoryNone')}</p>
        ) : (
          <ul className="statutory-list">
            {list.data.items.map((h) => (
              <li key={h.id}>
                <strong>{pick(h.name, h.nameEn)}</strong>:{' '}
                {t('admin.statutoryDate', { day: h.day, month: h.month })},{' '}
                {t('admin.statutoryFrom', { date: formatPlainDate(h.effectiveFrom, lang) })};{' '}
                {h.compensated ? t('admin.statutoryCompensated') : t('admin.statutoryNotCompensated')}.{' '}
                <span className="small">
                  {t('calendar.source')}: {pick(h.reference, h.referenceEn)}
                </span>
              </li>
            ))}
          </ul>
        ))}

      <form className="form-card statutory-form" onSubmit={submit} noValidate>
        <div className="inline-form">
          {input('day', t('admin.day'), 'number')}
          {input('month', t('admin.month'), 'number')}
        </div>
        {input('name', t('admin.colName'))}
        {input('nameEn', t('admin.colNameEn'))}
        {input('effectiveFrom', t('admin.effectiveFrom'), 'date')}
        {input('reference', t('admin.reference'))}
        <fieldset
          className="field-group statutory-choice"
          aria-describedby={errors.compensated ? `${id}-compensated-error` : undefined}
        >
          <legend>{t('admin.compensated')}</legend>
          <div className="radio-list">
            {[true, false].map((value) => (
              <label key={String(value)} className="radio">
                <input
                  type="radio"
                  name={`${id}-compensated`}
                  checked={compensated === value}
                  aria-invalid={errors.compensated ? true : undefined}
                  onChange={() => setCompensated(value)}
                />
                <span>{value ? t('admin.statutoryCompensated') : t('admin.statutoryNotCompensated')}</span>
              </label>
            ))}
          </div>
          {errors.compensated && (
            <p id={`${id}-compensated-error`} className="field-error">
              {errors.compensated}
            </p>
          )}
        </fieldset>
        <div aria-live="polite">
          {added && (
            <p className="alert alert-success" role="status">
              {t('admin.statutoryAdded', { name: added })}
            </p>
          )}
          {add.isError && Object.keys(errors).length === 0 && (
            <p className="alert alert-error" role="alert">
              {errorText(add.error)}
            </p>
          )}
          {add.isError && Object.keys(errors).length > 0 && (
            <p className="alert alert-error" role="alert">
              {t('admin.fixErrors')}
            </p>
          )}
        </div>
        <p className="actions">
          <button type="submit" className="button button-primary" disabled={add.isPending}>
            {add.isPending ? t('admin.statutoryAdding') : t('admin.statutoryAdd')}
          </button>
        </p>
      </form>
    </section>
  );
}
