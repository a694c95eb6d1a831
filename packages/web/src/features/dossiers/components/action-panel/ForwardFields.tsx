import { useTranslation } from 'react-i18next';
import { TextField } from '../TextField';
import type { FieldsProps } from './fields-props';
import { ResultFileSelect } from './ResultFileSelect';
import { useActionFields } from './use-action-fields';

/** A hand-over to the next agency, with this agency's own result if it issued one (coded -KQn). */
export function ForwardFields({ dossier }: FieldsProps) {
  const { t } = useTranslation();
  const { register, error } = useActionFields();
  return (
    <>
      <TextField
        id="act-result-name"
        label={t('dossierPage.resultName')}
        hint={t('dossierPage.resultNameHint')}
        registration={register('data.resultName')}
        error={error('data.resultName')}
        autoComplete="off"
      />
      <ResultFileSelect files={dossier.files} />
    </>
  );
}
