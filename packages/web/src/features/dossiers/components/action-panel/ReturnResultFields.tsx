import { COLLECTOR_RELATIONS, RETURN_METHODS } from '@motcua/core';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../TextField';
import { type ActionFormValues, applicantCollector, otherCollector } from './action-body';
import type { FieldsProps } from './fields-props';
import { useActionFields } from './use-action-fields';

const METHOD_LABELS = {
  counter: 'returnCounter',
  post: 'returnPost',
  online: 'returnOnline',
  home: 'returnHome',
} as const;

/**
 * How the result was handed over; by post it needs the waybill; in person (at the counter, at home) who took
 * it: the applicant, prefilled, or another person with their ID and relation (core's rules).
 */
export function ReturnResultFields({ dossier }: FieldsProps) {
  const { t } = useTranslation();
  const { register, error, watch } = useActionFields();
  const { setValue } = useFormContext<ActionFormValues>();
  const method = watch('data.method');
  const isApplicant = watch('data.collectorIsApplicant');
  const relation = watch('data.collector.relation');
  const handed = method === 'counter' || method === 'home';
  const toggle = register('data.collectorIsApplicant');
  return (
    <>
      <SelectField
        id="act-return-method"
        label={t('dossierPage.returnMethod')}
        registration={register('data.method', { deps: ['data.waybill'] })}
        error={error('data.method')}
      >
        {RETURN_METHODS.map((m) => (
          <option key={m} value={m}>
            {t(`dossierPage.${METHOD_LABELS[m]}`)}
          </option>
        ))}
      </SelectField>
      {method === 'post' && (
        <TextField
          id="act-waybill"
          label={t('intake.waybill')}
          registration={register('data.waybill')}
          error={error('data.waybill')}
          autoComplete="off"
          required
        />
      )}
      {handed && (
        <fieldset className="collector-fields">
          <legend>{t('dossierPage.collector')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              {...toggle}
              onChange={(e) => {
                void toggle.onChange(e);
                // Ticked: the applicant as recorded; unticked: a blank person for the officer to type.
                setValue(
                  'data.collector',
                  e.target.checked ? applicantCollector(dossier.applicant) : otherCollector(),
                );
              }}
            />
            <span>{t('dossierPage.collectorIsApplicant')}</span>
          </label>
          <TextField
            id="act-collector-name"
            label={t('dossierPage.collectorName')}
            registration={register('data.collector.fullName')}
            error={error('data.collector.fullName')}
            autoComplete="off"
            readOnly={isApplicant}
            required
          />
          <TextField
            id="act-collector-id"
            label={t('dossierPage.collectorId')}
            registration={register('data.collector.idNumber')}
            error={error('data.collector.idNumber')}
            autoComplete="off"
            inputMode="numeric"
            readOnly={isApplicant}
            required
          />
          {!isApplicant && (
            <>
              <SelectField
                id="act-collector-relation"
                label={t('dossierPage.collectorRelation')}
                registration={register('data.collector.relation', {
                  deps: ['data.collector.authorisationNote'],
                })}
                error={error('data.collector.relation')}
              >
                {COLLECTOR_RELATIONS.filter((r) => r !== 'self').map((r) => (
                  <option key={r} value={r}>
                    {t(`dossierPage.collectorRelations.${r}`)}
                  </option>
                ))}
              </SelectField>
              <TextField
                id="act-collector-note"
                label={t('dossierPage.collectorNote')}
                registration={register('data.collector.authorisationNote')}
                error={error('data.collector.authorisationNote')}
                hint={t('dossierPage.collectorNoteHint')}
                autoComplete="off"
                required={relation === 'authorised'}
              />
            </>
          )}
        </fieldset>
      )}
    </>
  );
}
