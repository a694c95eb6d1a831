import { PAYMENT_METHODS } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../TextField';
import { useActionFields } from './use-action-fields';

const METHOD_LABELS = { cash: 'payCash', transfer: 'payTransfer', online: 'payOnline' } as const;

/** How the fees were paid; a transfer or online payment needs its reference (core's rule). */
export function PaymentRecordFields() {
  const { t } = useTranslation();
  const { register, error, watch } = useActionFields();
  const optional = <span className="muted">{t('intake.optional')}</span>;
  return (
    <>
      <SelectField
        id="act-method"
        label={t('dossierPage.paymentMethod')}
        registration={register('data.method', { deps: ['data.reference'] })}
        error={error('data.method')}
      >
        {PAYMENT_METHODS.map((m) => (
          <option key={m} value={m}>
            {t(`dossierPage.${METHOD_LABELS[m]}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="act-reference"
        label={
          <>
            {t('dossierPage.reference')} {watch('data.method') === 'cash' && optional}
          </>
        }
        registration={register('data.reference')}
        error={error('data.reference')}
        autoComplete="off"
      />
      <TextField
        id="act-paid-amount"
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        label={
          <>
            {t('dossierPage.paidAmount')} {optional}
          </>
        }
        hint={t('dossierPage.paidAmountHint')}
        registration={register('data.amount')}
        error={error('data.amount')}
      />
    </>
  );
}
