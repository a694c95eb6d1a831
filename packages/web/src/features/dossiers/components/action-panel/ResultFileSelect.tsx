import type { DossierView } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../TextField';
import { useActionFields } from './use-action-fields';

/** The signed result file recorded with a result (its digest goes into the log); none when none is attached. */
export function ResultFileSelect({ files }: { files: DossierView['files'] }) {
  const { t } = useTranslation();
  const { register, error } = useActionFields();
  const results = files.filter((f) => f.kind === 'result');
  if (results.length === 0) return null;
  return (
    <SelectField
      id="act-result-file"
      label={t('files.resultFile')}
      registration={register('data.resultFileId')}
      error={error('data.resultFileId')}
    >
      <option value="">{t('files.noResultFile')}</option>
      {results.map((f) => (
        <option key={f.id} value={f.id}>
          {f.fileName}
        </option>
      ))}
    </SelectField>
  );
}
