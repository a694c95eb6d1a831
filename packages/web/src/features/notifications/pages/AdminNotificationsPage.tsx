import {
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  renderTemplate,
  SAMPLE_FACTS,
  smsText,
  templateChannels,
} from '@motcua/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { ApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { hasRole, useMe } from '../../auth/api';
import { type NotificationTemplate, useResetTemplate, useSaveTemplate, useTemplates } from '../api';
import { DeliveryList } from '../components/DeliveryList';
import '../notifications.css';

/**
 * /quan-tri/thong-bao — the wording of each (event, channel), with a preview from sample facts and, for SMS,
 * the segments and cost core counts (system administrator); what was sent about a dossier and the
 * undeliverable ones, with the demo catcher's and sinks' copies (administrator and supervisor).
 */
export function AdminNotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.docTitle'));
  const me = useMe();
  const isAdmin = me.data ? hasRole(me.data, 'system-admin') : false;
  return (
    <div className="admin-notifications">
      <h1>{t('notifications.heading')}</h1>
      <p className="lead">{t('notifications.intro')}</p>
      <Lookup />
      {isAdmin && <Templates />}
    </div>
  );
}

function Lookup() {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [filter, setFilter] = useState<{ dossier?: string; status?: 'failed' } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilter(draft.trim() ? { dossier: draft.trim() } : null);
  };
  return (
    <section className="section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('notifications.lookup')}</h2>
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor={`${id}-code`}>{t('notifications.dossierCode')}</label>
        <input id={`${id}-code`} value={draft} maxLength={40} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="button">
          {t('notifications.find')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setFilter({ status: 'failed' })}
        >
          {t('notifications.showDeadLetters')}
        </button>
      </form>
      {filter && <DeliveryList filter={filter} />}
    </section>
  );
}

function Templates() {
  const { t } = useTranslation();
  const templates = useTemplates(true);
  const [event, setEvent] = useState<NotificationEvent>('received');
  const id = useId();
  if (templates.isPending) return <Loading />;
  if (templates.isError)
    return <ErrorMessage error={templates.error} onRetry={() => void templates.refetch()} />;
  const { items, placeholders, smsPricePerSegment } = templates.data;
  return (
    <section className="section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('notifications.templates')}</h2>
      <div className="field-group">
        <label htmlFor={`${id}-event`}>{t('notifications.event')}</label>
        <select
          id={`${id}-event`}
          value={event}
          onChange={(e) => setEvent(e.target.value as NotificationEvent)}
        >
          {NOTIFICATION_EVENTS.map((e) => (
            <option key={e} value={e}>
              {t(`notifications.events.${e}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="muted">
        {t('notifications.placeholders')}: {placeholders.map((p) => `{${p}}`).join(' ')}
      </p>
      {templateChannels(event).map((channel) => {
        const template = items.find((x) => x.event === event && x.channel === channel);
        return template ? (
          <TemplateForm
            key={`${event}/${channel}/${template.updatedAt}`}
            template={template}
            price={smsPricePerSegment}
          />
        ) : null;
      })}
    </section>
  );
}

function TemplateForm({ template, price }: { template: NotificationTemplate; price: number }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveTemplate();
  const reset = useResetTemplate();
  const [subject, setSubject] = useState(template.subject ?? '');
  const [body, setBody] = useState(template.body);
  const [saved, setSaved] = useState(false);
  const isEmail = template.channel === 'email';
  const preview = renderTemplate(body, SAMPLE_FACTS);
  const sms = template.channel === 'sms' ? smsText(preview) : null;
  const fieldError = (path: string) =>
    save.error instanceof ApiError ? save.error.fields.find((f) => f.path === path) : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate(
      { event: template.event, channel: template.channel, subject, body },
      { onSuccess: () => setSaved(true) },
    );
  };
  const bodyError = fieldError('body');
  const subjectError = fieldError('subject');
  return (
    <form className="section template-form" aria-labelledby={`${id}-h`} onSubmit={submit}>
      <h3 id={`${id}-h`}>
        {t(`notifications.channels.${template.channel}`)}{' '}
        <span className="muted">
          ·{' '}
          {template.edited
            ? t('notifications.edited', { by: template.updatedBy })
            : t('notifications.default')}
        </span>
      </h3>
      {isEmail && (
        <div className="field-group">
          <label htmlFor={`${id}-subject`}>{t('notifications.subject')}</label>
          <input
            id={`${id}-subject`}
            value={subject}
            maxLength={200}
            aria-invalid={subjectError ? true : undefined}
            onChange={(e) => setSubject(e.target.value)}
          />
          {subjectError && <p className="field-error">{subjectError.message}</p>}
        </div>
      )}
      <div className="field-group">
        <label htmlFor={`${id}-body`}>{t('notifications.body')}</label>
        <textarea
          id={`${id}-body`}
          value={body}
          rows={isEmail ? 8 : 3}
          maxLength={2000}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={`${id}-preview`}
          onChange={(e) => setBody(e.target.value)}
        />
        {bodyError && <p className="field-error">{bodyError.message}</p>}
      </div>
      <div id={`${id}-preview`} className="template-preview">
        <p className="muted">{t('notifications.preview')}</p>
        {isEmail && <p className="template-preview-subject">{renderTemplate(subject, SAMPLE_FACTS)}</p>}
        <p className="template-preview-text">{sms ? sms.text : preview}</p>
        {sms && (
          <p className="muted" aria-live="polite">
            {t('notifications.smsLength', {
              segments: sms.length.segments,
              encoding: sms.length.encoding === 'gsm7' ? 'GSM-7' : 'UCS-2',
              units: sms.length.units,
              cost: (sms.length.segments * price).toLocaleString('vi-VN'),
            })}
            {sms.stripped && ` · ${t('notifications.smsStripped')}`}
          </p>
        )}
      </div>
      <p className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('notifications.save')}
        </button>
        {template.edited && (
          <button
            type="button"
            className="button button-secondary"
            disabled={reset.isPending}
            onClick={() => reset.mutate({ event: template.event, channel: template.channel })}
          >
            {t('notifications.reset')}
          </button>
        )}
        {saved && <span role="status">{t('notifications.saved')}</span>}
      </p>
      {save.error && !(save.error instanceof ApiError && save.error.fields.length > 0) && (
        <ErrorMessage error={save.error} />
      )}
    </form>
  );
}
