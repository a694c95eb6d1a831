import { RETURN_METHODS } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../TextField';
import { useActionFields } from './use-action-fields';

const METHOD_LABELS = {
  counter: 'returnCounter',
  post: 'returnPost',
  online: 'returnOnline',
  home: 'returnHome',
} as const;

/** How the result was handed over; by post it needs the waybill (core's rule). */
export function ReturnResultFields() {
  const { t } = useTranslation();
  const { register, error, watch } = useActionFields();
  return (
    <>
      <SelectField
        id="act-return-method"
        label={t('dossierPage.returnMethod')}
        registration={register('data.method', { deps: ['data.waybill'] })}
        error={error('data.method')}
      >
        {RETURN_METHODS.map((m) => (
          <option key={m} value={m}>
            {t(`dossierPage.${METHOD_LABELS[m]}`)}
          </option>
        ))}
      </SelectField>
      {watch('data.method') === 'post' && (
        <TextField
          id="act-waybill"
          label={t('intake.waybill')}
          registration={register('data.waybill')}
          error={error('data.waybill')}
          autoComplete="off"
          required
        />
      )}
    </>
  );
}
