import { APOLOGY_DELIVERIES } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../TextField';
import type { FieldsProps } from './fields-props';
import { OverrideField } from './OverrideField';
import { useActionFields } from './use-action-fields';

/**
 * The apology and new appointment (Form 04): a working day after the current due date, how the letter
 * reaches the applicant, and, for a second reset (which the law does not allow), the confirmation of the
 * breach. The server checks all of it.
 */
export function ExtendFields({ dossier, offered }: FieldsProps) {
  const { t } = useTranslation();
  const { register, error } = useActionFields();
  return (
    <>
      <TextField
        id="act-newDueDate"
        type="date"
        label={t('dossierPage.newDueDate')}
        hint={t('dossierPage.extendHint')}
        registration={register('data.newDueDate')}
        error={error('data.newDueDate')}
        min={dossier.dueDate ?? undefined}
        required
      />
      <SelectField
        id="act-delivery"
        label={t('dossierPage.delivery')}
        registration={register('data.delivery')}
        error={error('data.delivery')}
      >
        {APOLOGY_DELIVERIES.map((d) => (
          <option key={d} value={d}>
            {t(`dossierPage.deliveries.${d}`)}
          </option>
        ))}
      </SelectField>
      {offered.overrideRequired && (
        <OverrideField label={t('dossierPage.extendOverride')} hint={t('dossierPage.extendOverrideHint')} />
      )}
    </>
  );
}
