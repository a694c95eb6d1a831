import { RETURN_PLACES } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../TextField';
import { useActionFields } from './use-action-fields';

const PLACE_LABELS = { counter: 'placeCounter', home: 'placeHome' } as const;

/** The return appointment, in Vietnam time; a return at home needs the address (core's rule). */
export function ScheduleReturnFields() {
  const { t } = useTranslation();
  const { register, error, watch } = useActionFields();
  return (
    <>
      <TextField
        id="act-appointment-at"
        type="datetime-local"
        label={t('dossierPage.appointmentAt')}
        registration={register('data.appointmentAt')}
        error={error('data.appointmentAt')}
        required
      />
      <SelectField
        id="act-place"
        label={t('dossierPage.appointmentPlace')}
        registration={register('data.place', { deps: ['data.address'] })}
        error={error('data.place')}
      >
        {RETURN_PLACES.map((p) => (
          <option key={p} value={p}>
            {t(`dossierPage.${PLACE_LABELS[p]}`)}
          </option>
        ))}
      </SelectField>
      {watch('data.place') === 'home' && (
        <TextField
          id="act-address"
          label={t('dossierPage.homeAddress')}
          registration={register('data.address')}
          error={error('data.address')}
          autoComplete="off"
          required
        />
      )}
    </>
  );
}
