import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { Loading } from '../../../../components/Loading';
import { usePick } from '../../../../lib/localize';
import { useAgencies } from '../../api';
import { SelectField } from '../TextField';
import type { FieldsProps } from './fields-props';
import { useActionFields } from './use-action-fields';

/** The agency consulted, or the one replying: by preference one still to answer (as the server says). */
export function ConsultFields({ action, offered }: FieldsProps) {
  const { t } = useTranslation();
  const pick = usePick();
  const { register, error } = useActionFields();
  const agencies = useAgencies();
  // Shown once loaded, so the select's proposed value is among its options when it is registered.
  if (agencies.isPending) return <Loading />;
  if (agencies.isError)
    return <ErrorMessage error={agencies.error} onRetry={() => void agencies.refetch()} />;
  const pending = offered.agencies ?? [];
  const options = pending.length > 0 ? agencies.data.filter((a) => pending.includes(a.code)) : agencies.data;
  return (
    <SelectField
      id="act-agency"
      label={t(action === 'consult-reply' ? 'dossierPage.replyingAgency' : 'dossierPage.consultedAgency')}
      registration={register('data.agencyCode')}
      error={error('data.agencyCode')}
      required
    >
      <option value="">{t('dossierPage.chooseAgency')}</option>
      {options.map((a) => (
        <option key={a.code} value={a.code}>
          {pick(a.name, a.nameEn)}
        </option>
      ))}
    </SelectField>
  );
}
