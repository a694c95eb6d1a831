import { useTranslation } from 'react-i18next';
import { usePick } from '../../../lib/localize';
import type { ProcedureCase } from '../../catalogue/api';
import { TextField } from '../components/TextField';
import { errorAt } from '../form-errors';
import type { IntakeForm } from './use-intake-form';

/**
 * Where the case's law allows a later due date: the extension conditions that apply (2.000986: a commune
 * 50 km or more away), or a date agreed in writing with the applicant (2.000815). Recorded at reception.
 */
export function LimitFieldset({
  current,
  intake,
}: {
  current: ProcedureCase | undefined;
  intake: IntakeForm;
}) {
  const { t } = useTranslation();
  const pick = usePick();
  const { register, formState, watch } = intake.form;
  const extensions = current?.extensions ?? [];
  if (extensions.length === 0 && !current?.agreedExtension) return null;
  const error = (name: string) => errorAt(formState.errors, name);
  const extensionsError = error('limitExtensions');
  return (
    <fieldset
      className="section intake-step"
      aria-describedby={extensionsError ? 'intake-extensions-error' : undefined}
    >
      <legend>
        <h2>{t('intake.limitStep')}</h2>
      </legend>
      <p className="hint">{t('intake.limitHint')}</p>
      {extensions.map((x) => (
        <label key={x.code} className="checkbox">
          <input
            type="checkbox"
            value={x.code}
            {...register('limitExtensions')}
            aria-invalid={extensionsError ? true : undefined}
          />{' '}
          {pick(x.name, x.nameEn)} ({t('procedure.extensionDays', { count: x.workingDays })})
        </label>
      ))}
      {extensionsError && (
        <p id="intake-extensions-error" className="field-error">
          {extensionsError}
        </p>
      )}
      {current?.agreedExtension && (
        <>
          <label className="checkbox">
            <input type="checkbox" {...register('hasAgreed')} /> {t('intake.agreed')}
          </label>
          {watch('hasAgreed') && (
            <>
              <TextField
                id="agreedDueDate"
                type="date"
                label={t('intake.agreedDueDate')}
                registration={intake.field('agreedDueDate')}
                error={error('agreedDueDate')}
                required
              />
              <TextField
                id="agreedReference"
                label={t('intake.agreedReference')}
                hint={t('intake.agreedReferenceHint')}
                registration={intake.field('agreedReference')}
                error={error('agreedReference')}
                autoComplete="off"
                required
              />
            </>
          )}
        </>
      )}
    </fieldset>
  );
}
