import { useTranslation } from 'react-i18next';
import { usePick } from '../../../lib/localize';
import type { ProcedureDetail } from '../../catalogue/api';
import { errorAt } from '../form-errors';
import type { IntakeForm } from './use-intake-form';

/** The procedure's cases (trường hợp): each has its own checklist, time limit and fees. */
export function CaseFieldset({ procedure, intake }: { procedure: ProcedureDetail; intake: IntakeForm }) {
  const { t } = useTranslation();
  const pick = usePick();
  const { register, formState } = intake.form;
  const cases = procedure.cases ?? [];
  const error = errorAt(formState.errors, 'caseCode');
  if (cases.length === 0) return null;
  return (
    <fieldset className="section intake-step" aria-describedby={error ? 'intake-case-error' : undefined}>
      <legend>
        <h2>{t('intake.step2')}</h2>
      </legend>
      <div className="radio-list">
        {cases.map((c) => (
          <label key={c.code} className="radio">
            <input
              type="radio"
              value={c.code}
              {...register('caseCode', { onChange: (e) => intake.chooseCase(e.target.value) })}
              aria-invalid={error ? true : undefined}
            />
            <span>{pick(c.name, c.nameEn)}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id="intake-case-error" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
