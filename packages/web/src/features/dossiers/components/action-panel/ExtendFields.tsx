import { useTranslation } from 'react-i18next';
import { TextField } from '../TextField';
import type { FieldsProps } from './fields-props';
import { useActionFields } from './use-action-fields';

/** The new due date of an apology (Form 04): a working day after the current one (the server checks). */
export function ExtendFields({ dossier }: FieldsProps) {
  const { t } = useTranslation();
  const { register, error } = useActionFields();
  return (
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
  );
}
