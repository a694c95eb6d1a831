import { useTranslation } from 'react-i18next';
import { usePick } from '../../../lib/localize';
import type { ProcedureCase } from '../../catalogue/api';
import { errorAt } from '../form-errors';
import { quantityOnTick } from './intake-body';
import type { IntakeForm } from './use-intake-form';

/** The case's checklist, checked with the applicant: what was given and how many copies. */
export function ChecklistFieldset({
  current,
  intake,
  missingBefore,
}: {
  current: ProcedureCase | undefined;
  intake: IntakeForm;
  /** Taken in again from a Form 02: the components missing then, marked to check first. */
  missingBefore?: readonly string[] | undefined;
}) {
  const { t } = useTranslation();
  const pick = usePick();
  const { register, formState, getValues, setValue } = intake.form;
  const components = current?.components ?? [];
  const requiredMark = <span className="req req-yes">{t('intake.required')}</span>;
  return (
    <fieldset className="section intake-step" aria-describedby="intake-check-hint">
      <legend>
        <h2>{t('intake.step3')}</h2>
      </legend>
      <p id="intake-check-hint" className="hint">
        {t('intake.checkHint')}
      </p>
      <p>
        <button type="button" className="button button-secondary" onClick={intake.tickRequired}>
          ✓ {t('intake.tickRequired')}
        </button>
      </p>
      <ul className="checklist">
        {components.map((c, i) => {
          const name = pick(c.name, c.nameEn);
          const cid = `comp-${c.id}`;
          const rowError = errorAt(formState.errors, `components.${i}.checked`);
          return (
            <li key={c.id} className={rowError ? 'checklist-item has-error' : 'checklist-item'}>
              <input
                id={cid}
                type="checkbox"
                {...register(`components.${i}.checked`, {
                  // Ticked: the quantity proposed; unticked: cleared (one key press per component).
                  onChange: (e: { target: { checked: boolean } }) =>
                    setValue(
                      `components.${i}.quantity`,
                      quantityOnTick(c, e.target.checked, getValues(`components.${i}.quantity`)),
                    ),
                })}
                aria-invalid={rowError ? true : undefined}
                aria-describedby={rowError ? `${cid}-error` : undefined}
              />
              <label htmlFor={cid} className="checklist-label">
                <span className="visually-hidden">{t('intake.received')}: </span>
                {name} {c.required && requiredMark}
                {missingBefore?.includes(c.id) && (
                  <>
                    {' '}
                    <span className="req req-missing-before">{t('intake.reopenMissing')}</span>
                  </>
                )}
                <span className="component-extra">{t(`form.${c.form}`)}</span>
              </label>
              <span className="checklist-qty">
                <label htmlFor={`${cid}-qty`} className="visually-hidden">
                  {t('intake.quantityLabel', { name })}
                </label>
                <input
                  id={`${cid}-qty`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={99}
                  {...register(`components.${i}.quantity`, {
                    // A number typed for an unticked component means it was given.
                    onChange: (e: { target: { value: string } }) => {
                      if (e.target.value.trim() && !getValues(`components.${i}.checked`))
                        setValue(`components.${i}.checked`, true);
                    },
                  })}
                />
              </span>
              {rowError && (
                <p id={`${cid}-error`} className="field-error checklist-error">
                  {rowError}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
