import { HOME_SERVICE_REASONS } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../components/TextField';
import { errorAt } from '../form-errors';
import { needsApproval } from './intake-body';
import type { IntakeForm } from './use-intake-form';

/** Now on Vietnam's clock as a datetime-local value: the latest reception time the form offers. */
const nowLocal = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 16);

const CHANNELS = [
  { value: 'counter', label: 'dossier.channelCounter' },
  { value: 'postal', label: 'dossier.channelPostal' },
] as const;

/** How the dossier came in (a postal one carries its waybill), and whether the result is taken home. */
export function ChannelFieldset({ intake }: { intake: IntakeForm }) {
  const { t } = useTranslation();
  const { register, formState, watch } = intake.form;
  const error = (name: string) => errorAt(formState.errors, name);
  const channelError = error('channel');
  return (
    <fieldset
      className="section intake-step"
      aria-describedby={channelError ? 'intake-channel-error' : undefined}
    >
      <legend>
        <h2>{t('intake.step5')}</h2>
      </legend>
      <div className="radio-list radio-inline">
        {CHANNELS.map((ch) => (
          <label key={ch.value} className="radio">
            <input
              type="radio"
              value={ch.value}
              {...register('channel')}
              aria-invalid={channelError ? true : undefined}
            />
            <span>{t(ch.label)}</span>
          </label>
        ))}
      </div>
      {channelError && (
        <p id="intake-channel-error" className="field-error">
          {channelError}
        </p>
      )}
      {watch('channel') === 'postal' && (
        <TextField
          id="postalWaybill"
          label={t('intake.waybill')}
          registration={intake.field('postalWaybill')}
          error={error('postalWaybill')}
          autoComplete="off"
          required
        />
      )}
      <TextField
        id="receivedAtLocal"
        type="datetime-local"
        label={t('intake.receivedAtLabel')}
        hint={t('intake.receivedAtHint')}
        registration={intake.field('receivedAtLocal')}
        error={error('receivedAtLocal')}
        max={nowLocal()}
      />
      {/* Also when the server asks for it: a time earlier today but before the counter opened. */}
      {(needsApproval({ receivedAtLocal: watch('receivedAtLocal') }) || error('backdateReason')) && (
        <>
          <p className="alert alert-warning" id="backdate-notice">
            {t('intake.backdateNotice')}
          </p>
          <TextField
            id="backdateReason"
            label={t('intake.backdateReason')}
            registration={intake.field('backdateReason')}
            error={error('backdateReason')}
            autoComplete="off"
            maxLength={500}
            required
          />
        </>
      )}
      <label className="checkbox home-service">
        <input type="checkbox" {...register('homeService')} /> {t('intake.homeService')}
      </label>
      {watch('homeService') && (
        <SelectField
          id="homeReason"
          label={t('intake.homeReason')}
          registration={register('homeReason')}
          error={error('homeReason')}
        >
          {HOME_SERVICE_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`intake.homeReasons.${r}`)}
            </option>
          ))}
        </SelectField>
      )}
    </fieldset>
  );
}
