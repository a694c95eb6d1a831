import { useTranslation } from 'react-i18next';
import { TextField } from '../TextField';
import { useActionFields } from './use-action-fields';

export function AssignFields() {
  const { t } = useTranslation();
  const { register, error } = useActionFields();
  return (
    <TextField
      id="act-assignee"
      label={t('dossierPage.assignee')}
      hint={t('dossierPage.assigneeHint')}
      registration={register('data.assignee')}
      error={error('data.assignee')}
      autoCapitalize="none"
      autoComplete="off"
      spellCheck={false}
      required
    />
  );
}
