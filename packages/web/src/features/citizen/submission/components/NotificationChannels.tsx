import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { type Channels, useMyChannels, useSaveMyChannels } from '../api';
import { SUBMISSION_NS } from '../messages';

const CHANNELS = ['sms', 'email', 'zalo'] as const;

/** The citizen's own channels (the server's default until they choose; the worker reads their choice). */
export function NotificationChannels() {
  const { t } = useTranslation(SUBMISSION_NS);
  const current = useMyChannels();
  const save = useSaveMyChannels();
  // The boxes as ticked on this page; until one is touched, what the server has.
  const [edited, setEdited] = useState<Channels | undefined>();
  if (!current.data) return current.isError ? <ErrorMessage error={current.error} /> : null;
  // Only the three channels: the answer's `chosen` is not part of a choice (the PUT refuses other fields).
  const { sms, email, zalo } = current.data;
  const choice = edited ?? { sms, email, zalo };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(choice);
  };
  return (
    <section className="section">
      <form className="channel-choice" onSubmit={submit} aria-labelledby="channels-title">
        <fieldset>
          <legend>
            <h2 id="channels-title">{t('channels.title')}</h2>
          </legend>
          <p className="small muted">{t('channels.hint')}</p>
          {CHANNELS.map((channel) => (
            <label key={channel} className="checkbox">
              <input
                type="checkbox"
                checked={choice[channel]}
                onChange={(e) => setEdited({ ...choice, [channel]: e.target.checked })}
              />{' '}
              {t(`channels.${channel}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('channels.save')}
        </button>
        {save.isSuccess && (
          <p role="status" className="small">
            {t('channels.saved')}
          </p>
        )}
        {save.isError && <ErrorMessage error={save.error} />}
      </form>
    </section>
  );
}
