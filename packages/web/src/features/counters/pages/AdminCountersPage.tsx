import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { ApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { type AdminCounter, useAdminCounters, useSaveCounter } from '../api';

/**
 * /quan-tri/noi-tiep-nhan — where citizens hand dossiers in: each counter's address, phone and hours, as the
 * procedure pages show them ("Nơi nộp hồ sơ"). The administrator edits every counter, a supervisor their own.
 */
export function AdminCountersPage() {
  const { t } = useTranslation();
  const counters = useAdminCounters();
  useDocumentTitle(t('counters.docTitle'));
  return (
    <div className="admin-counters">
      <h1>{t('counters.heading')}</h1>
      <p className="lead">{t('counters.intro')}</p>
      {counters.isPending && <Loading />}
      {counters.isError && <ErrorMessage error={counters.error} onRetry={() => void counters.refetch()} />}
      {counters.data?.length === 0 && <p>{t('counters.none')}</p>}
      {counters.data?.map((c) => (
        <CounterForm key={c.code} counter={c} />
      ))}
    </div>
  );
}

function CounterForm({ counter }: { counter: AdminCounter }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveCounter();
  const [draft, setDraft] = useState(counter);
  const [saved, setSaved] = useState(false);
  const set = (change: Partial<AdminCounter>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...change }));
  };
  const setSession = (i: number, key: 'start' | 'end', value: string) =>
    set({ sessions: draft.sessions.map((s, j) => (j === i ? { ...s, [key]: value } : s)) });
  const fieldError = (path: string) =>
    save.error instanceof ApiError
      ? save.error.fields.find((f) => f.path === path || f.path.startsWith(`${path}.`))
      : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(draft, { onSuccess: () => setSaved(true) });
  };
  const phoneError = fieldError('phone');

  return (
    <form className="section counter-form" aria-labelledby={`${id}-name`} onSubmit={submit}>
      <h2 id={`${id}-name`} lang="vi">
        {counter.name}
      </h2>
      <div className="field-group">
        <label htmlFor={`${id}-address`}>{t('counters.address')}</label>
        <input
          id={`${id}-address`}
          value={draft.address}
          maxLength={300}
          autoComplete="street-address"
          onChange={(e) => set({ address: e.target.value })}
        />
      </div>
      <div className="field-group">
        <label htmlFor={`${id}-phone`}>{t('counters.phone')}</label>
        <input
          id={`${id}-phone`}
          type="tel"
          value={draft.phone}
          maxLength={30}
          aria-invalid={phoneError ? true : undefined}
          aria-describedby={phoneError ? `${id}-phone-error` : `${id}-phone-hint`}
          onChange={(e) => set({ phone: e.target.value })}
        />
        {phoneError ? (
          <p id={`${id}-phone-error`} className="field-error">
            {t('counters.phoneInvalid')}
          </p>
        ) : (
          <p id={`${id}-phone-hint`} className="hint">
            {t('counters.phoneHint')}
          </p>
        )}
      </div>
      <fieldset>
        <legend>{t('counters.sessions')}</legend>
        {draft.sessions.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: sessions are positions (morning, afternoon)
          <div key={i} className="session-row">
            <label htmlFor={`${id}-s${i}-start`}>{t('counters.sessionStart', { n: i + 1 })}</label>
            <input
              id={`${id}-s${i}-start`}
              type="time"
              value={s.start}
              onChange={(e) => setSession(i, 'start', e.target.value)}
            />
            <label htmlFor={`${id}-s${i}-end`}>{t('counters.sessionEnd', { n: i + 1 })}</label>
            <input
              id={`${id}-s${i}-end`}
              type="time"
              value={s.end}
              onChange={(e) => setSession(i, 'end', e.target.value)}
            />
          </div>
        ))}
      </fieldset>
      <div className="field-group">
        <label htmlFor={`${id}-cutoff`}>{t('counters.cutoff')}</label>
        <input
          id={`${id}-cutoff`}
          type="time"
          value={draft.sameDayCutoff}
          aria-describedby={`${id}-cutoff-hint`}
          onChange={(e) => set({ sameDayCutoff: e.target.value })}
        />
        <p id={`${id}-cutoff-hint`} className="hint">
          {t('counters.cutoffHint')}
        </p>
      </div>
      <div className="field-group checkbox">
        <input
          id={`${id}-saturday`}
          type="checkbox"
          checked={draft.saturdayCounter}
          onChange={(e) => set({ saturdayCounter: e.target.checked })}
        />
        <label htmlFor={`${id}-saturday`}>{t('counters.saturday')}</label>
      </div>
      {save.isError && !phoneError && <ErrorMessage error={save.error} />}
      {saved && (
        <p className="alert alert-success" role="status">
          {t('counters.saved')}
        </p>
      )}
      <p className="actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('counters.saving') : t('counters.save')}
        </button>
      </p>
    </form>
  );
}
