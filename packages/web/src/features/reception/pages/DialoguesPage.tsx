import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { type DialogueT, usePublicDialogues, useSendQuestion } from '../api';
import { ReceptionNav } from '../components';
import { RECEPTION_NS } from '../messages';
import '../reception.css';

/** /doi-thoai — leaders' dialogues: coming ones take questions; past ones show minutes and commitments. */
export function DialoguesPage() {
  const { t } = useTranslation(RECEPTION_NS);
  useDocumentTitle(t('dialogues.docTitle'));
  const list = usePublicDialogues();
  const upcoming = (list.data?.items ?? []).filter((d) => d.upcoming).reverse();
  const past = (list.data?.items ?? []).filter((d) => !d.upcoming);
  return (
    <div className="reception">
      <ReceptionNav current="dialogues" />
      <h1>{t('dialogues.heading')}</h1>
      <p className="lead">{t('dialogues.intro')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('dialogues.none')}</p>
      ) : (
        <>
          {upcoming.length > 0 && (
            <>
              <h2>{t('dialogues.upcoming')}</h2>
              <ul className="dialogue-list">
                {upcoming.map((d) => (
                  <li key={d.id}>
                    <DialogueHead d={d} />
                    {d.acceptsQuestions && <AskForm id={d.id} />}
                  </li>
                ))}
              </ul>
            </>
          )}
          {past.length > 0 && (
            <>
              <h2>{t('dialogues.past')}</h2>
              <ul className="dialogue-list">
                {past.map((d) => (
                  <li key={d.id}>
                    <DialogueHead d={d} />
                    <Outcome d={d} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}

function DialogueHead({ d }: { d: DialogueT }) {
  const { t } = useTranslation(RECEPTION_NS);
  const lang = useLang();
  return (
    <>
      <h3>{d.topic}</h3>
      <p>
        <strong>{t('dialogues.when', { date: formatPlainDate(d.date, lang), time: d.time })}</strong> ·{' '}
        {d.agency.name}
      </p>
      <p className="muted">
        {t('dialogues.leader', { name: d.leaderName, title: d.leaderTitle })}
        <br />
        {t('dialogues.place', { place: d.place })}
      </p>
      {d.description && <p>{d.description}</p>}
      {d.questionCount > 0 && <p className="muted">{t('dialogues.questions', { count: d.questionCount })}</p>}
    </>
  );
}

/** The published minutes and each commitment with its status today. */
export function Outcome({ d }: { d: DialogueT }) {
  const { t } = useTranslation(RECEPTION_NS);
  const lang = useLang();
  if (!d.minutesPublished && d.commitments.length === 0)
    return <p className="muted">{t('dialogues.noMinutes')}</p>;
  return (
    <>
      {d.minutes && (
        <details open>
          <summary>{t('dialogues.minutes')}</summary>
          <p className="dialogue-minutes">{d.minutes}</p>
        </details>
      )}
      {d.commitments.length > 0 && (
        <>
          <h4>{t('dialogues.commitments')}</h4>
          <ul className="commitment-list">
            {d.commitments.map((c) => (
              <li key={c.id}>
                <span>{c.text}</span>
                <span className="muted">
                  {t('dialogues.responsible', { who: c.responsible })} ·{' '}
                  {t('dialogues.due', { date: formatPlainDate(c.dueDate, lang, false) })}
                  {c.doneOn
                    ? ` · ${t('dialogues.doneOn', { date: formatPlainDate(c.doneOn, lang, false) })}`
                    : ''}
                </span>
                <span className={`status-${c.status}`}>{t(`dialogues.status.${c.status}`)}</span>
                {c.progressNote && <span className="muted">{c.progressNote}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function AskForm({ id }: { id: number }) {
  const { t } = useTranslation(RECEPTION_NS);
  const uid = useId();
  const send = useSendQuestion(id);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const form = e.currentTarget;
    send.mutate(
      { fullName: String(f.get('fullName') ?? ''), question: String(f.get('question') ?? '') },
      { onSuccess: () => form.reset() },
    );
  };
  const error = isApiError(send.error)
    ? send.error.fields.find((x) => x.path === 'question')?.message
    : undefined;
  return (
    <details>
      <summary className="button button-secondary button-small">{t('dialogues.ask')}</summary>
      <form className="form-card" onSubmit={onSubmit} noValidate>
        <div className="field-group">
          <label htmlFor={`${uid}-name`}>{t('dialogues.askName')}</label>
          <input id={`${uid}-name`} name="fullName" maxLength={200} autoComplete="name" />
        </div>
        <div className="field-group">
          <label htmlFor={`${uid}-q`}>{t('dialogues.askQuestion')}</label>
          <textarea
            id={`${uid}-q`}
            name="question"
            rows={4}
            maxLength={3000}
            required
            aria-invalid={error ? true : undefined}
          />
          {error && <span className="field-error">{error}</span>}
        </div>
        {send.isError && !error && <ErrorMessage error={send.error} />}
        {send.isSuccess && (
          <p className="alert alert-success" role="status">
            {t('dialogues.askDone')}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={send.isPending}>
          {t('dialogues.askSubmit')}
        </button>
      </form>
    </details>
  );
}
