import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { apiRequest } from '../../../../lib/api-client';
import { SUBMISSION_NS } from '../messages';

interface Channels {
  sms: boolean;
  email: boolean;
  zalo: boolean;
}
const KEY = ['citizen', 'notification-preferences'] as const;
const PATH = '/api/citizen/notification-preferences';
const CHANNELS = ['sms', 'email', 'zalo'] as const;

/** The citizen's own channels (the server's default until they choose; the worker reads their choice). */
export function NotificationChannels() {
  const { t } = useTranslation(SUBMISSION_NS);
  const qc = useQueryClient();
  const current = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => apiRequest<Channels & { chosen: boolean }>(PATH, { signal }),
  });
  const [choice, setChoice] = useState<Channels | undefined>();
  useEffect(() => {
    // Only the three channels: the answer's `chosen` is not part of a choice (the PUT refuses other fields).
    if (current.data && !choice) {
      const { sms, email, zalo } = current.data;
      setChoice({ sms, email, zalo });
    }
  }, [current.data, choice]);
  const save = useMutation({
    mutationFn: (body: Channels) => apiRequest<Channels & { chosen: boolean }>(PATH, { method: 'PUT', body }),
    onSuccess: (saved) => qc.setQueryData(KEY, saved),
  });
  if (!choice) return current.isError ? <ErrorMessage error={current.error} /> : null;
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
                onChange={(e) => setChoice({ ...choice, [channel]: e.target.checked })}
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
