import { useTranslation } from 'react-i18next';
import { SelectField } from '../TextField';
import type { FieldsProps } from './fields-props';
import { useActionFields } from './use-action-fields';

/** The officer who does the next step, chosen from those the server says may take it. */
export function AssignFields({ offered }: FieldsProps) {
  const { t } = useTranslation();
  const { register, error } = useActionFields();
  const candidates = offered.assignees ?? [];
  return (
    <SelectField
      id="act-assignee"
      label={t('dossierPage.assignee')}
      hint={candidates.length === 0 ? t('dossierPage.noAssignees') : undefined}
      registration={register('data.assignee')}
      error={error('data.assignee')}
      required
    >
      <option value="">{t('dossierPage.chooseAssignee')}</option>
      {candidates.map((c) => (
        <option key={c.username} value={c.username}>
          {c.fullName} ({c.username})
        </option>
      ))}
    </SelectField>
  );
}
