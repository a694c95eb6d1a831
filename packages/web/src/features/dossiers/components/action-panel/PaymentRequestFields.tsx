import { useTranslation } from 'react-i18next';
import { TextField } from '../TextField';
import { useActionFields } from './use-action-fields';

export function PaymentRequestFields() {
  const { t } = useTranslation();
  const { register, error } = useActionFields();
  return (
    <TextField
      id="act-amount"
      type="number"
      inputMode="numeric"
      min={1}
      step={1}
      label={
        <>
          {t('dossierPage.amount')} <span className="muted">{t('intake.optional')}</span>
        </>
      }
      hint={t('dossierPage.amountHint')}
      registration={register('data.amount')}
      error={error('data.amount')}
    />
  );
}
