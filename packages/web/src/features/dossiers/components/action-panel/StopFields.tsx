import { STOP_REQUEST_CHANNELS } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../TextField';
import { useActionFields } from './use-action-fields';

/**
 * The stop notice (Form 05) is the counter's, on the applicant's request, before a result exists: how they
 * asked. The legal ground is the law's and is printed by the server.
 */
export function StopFields() {
  const { t } = useTranslation();
  const { register, error } = useActionFields();
  return (
    <SelectField
      id="act-requested-via"
      label={t('dossierPage.requestedVia')}
      hint={t('dossierPage.stopHint')}
      registration={register('data.requestedVia')}
      error={error('data.requestedVia')}
    >
      {STOP_REQUEST_CHANNELS.map((c) => (
        <option key={c} value={c}>
          {t(`dossierPage.requestChannels.${c}`)}
        </option>
      ))}
    </SelectField>
  );
}
