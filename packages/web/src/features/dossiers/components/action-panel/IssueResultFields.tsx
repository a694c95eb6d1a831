import { useTranslation } from 'react-i18next';
import { TextField } from '../TextField';
import type { FieldsProps } from './fields-props';
import { ResultFileSelect } from './ResultFileSelect';
import { useActionFields } from './use-action-fields';

export function IssueResultFields({ dossier }: FieldsProps) {
  const { t } = useTranslation();
  const { register, error } = useActionFields();
  return (
    <>
      <div className="field-grid">
        <TextField
          id="act-number"
          label={t('dossierPage.resultNumber')}
          registration={register('data.number')}
          error={error('data.number')}
          autoComplete="off"
          required
        />
        <TextField
          id="act-signer"
          label={
            <>
              {t('dossierPage.signer')} <span className="muted">{t('intake.optional')}</span>
            </>
          }
          registration={register('data.signer')}
          error={error('data.signer')}
          autoComplete="off"
        />
      </div>
      <ResultFileSelect files={dossier.files} />
    </>
  );
}
