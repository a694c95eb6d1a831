import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../TextField';
import { emptyMissingRow } from './action-body';
import type { FieldsProps } from './fields-props';
import { OverrideField } from './OverrideField';
import { useActionFields } from './use-action-fields';

/**
 * The documents to add, one row each, printed on Form 02. An agency asks once; a second request is stated
 * as a breach (the dossier then counts as late), so the officer must confirm it.
 */
export function SupplementFields({ offered }: FieldsProps) {
  const { t } = useTranslation();
  const { register, error, control, setFocus } = useActionFields();
  const { fields, append, remove } = useFieldArray({ control, name: 'data.missing' });
  const repeated = offered.overrideRequired === true;
  const removeRow = (i: number) => {
    remove(i);
    setFocus(`data.missing.${Math.max(0, i - 1)}.name`);
  };
  return (
    <>
      <fieldset className="missing-rows">
        <legend>{t('dossierPage.missingLegend')}</legend>
        {fields.map((row, i) => (
          <div key={row.id} className="missing-row">
            <div className="field-grid">
              <TextField
                id={`act-missing-${row.id}-name`}
                label={t('dossierPage.missingName', { n: i + 1 })}
                registration={register(`data.missing.${i}.name`)}
                error={error(`data.missing.${i}.name`)}
                autoComplete="off"
              />
              <TextField
                id={`act-missing-${row.id}-reason`}
                label={t('dossierPage.missingReason', { n: i + 1 })}
                registration={register(`data.missing.${i}.reason`)}
                error={error(`data.missing.${i}.reason`)}
                autoComplete="off"
              />
            </div>
            {fields.length > 1 && (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => removeRow(i)}
              >
                {t('dossierPage.removeMissing', { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => append(emptyMissingRow())}
        >
          + {t('dossierPage.addMissing')}
        </button>
      </fieldset>
      {repeated && <OverrideField label={t('dossierPage.override')} hint={t('dossierPage.overrideHint')} />}
    </>
  );
}
