import { FEEDBACK_REJECT_REASONS } from '@motcua/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang, usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { useAgencies } from '../../dossiers/api';
import { formatInstant } from '../../dossiers/dossier-format';
import { type FeedbackViewT, useFeedbackAction, useFeedbackAssignees, useFeedbackCase } from '../api';
import { PaknClock } from '../components';
import { FEEDBACK_NS } from '../messages';

/** /can-bo/phan-anh-kien-nghi/:code — one PAKN: its clock, the actions the server allows now, its log. */
export function FeedbackCasePage() {
  const { t } = useTranslation(FEEDBACK_NS);
  useDocumentTitle(t('paknInbox.docTitle'));
  const { code = '' } = useParams();
  return <RequireStaff>{() => <Case code={code} />}</RequireStaff>;
}

function Case({ code }: { code: string }) {
  const { t } = useTranslation(FEEDBACK_NS);
  const lang = useLang();
  const view = useFeedbackCase(code);
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorMessage error={view.error} onRetry={() => void view.refetch()} />;
  const c = view.data;
  const refs = Object.entries(c.references);
  return (
    <div className="case-page">
      <p className="eyebrow">
        <Link to="/can-bo/phan-anh-kien-nghi">{t('paknInbox.title')}</Link>
      </p>
      <h1>
        {t(`paknKind.${c.kind}`)} {c.code}
      </h1>
      <p className="case-meta">
        <span className="badge" data-testid="feedback-state">
          {t(`paknState.${c.state}`)}
        </span>{' '}
        <PaknClock clock={c.clock} />
      </p>
      <h2 className="feedback-title">{c.title}</h2>
      <p className="case-subject-full">{c.content}</p>
      <dl className="case-facts">
        <dt>{t('paknCase.agency')}</dt>
        <dd>{c.agency.name}</dd>
        <dt>{t('paknCase.channel')}</dt>
        <dd>{t(`paknChannel.${c.channel}`)}</dd>
        <dt>{t('paknCase.assignee')}</dt>
        <dd>{c.assignee?.name ?? t('paknInbox.noAssignee')}</dd>
        <dt>{t('paknCase.contact')}</dt>
        <dd>
          {c.contact
            ? [c.contact.fullName, c.contact.phone, c.contact.email].filter(Boolean).join(' · ')
            : t('paknCase.anonymous')}
        </dd>
        <dt>{t('paknCase.publish')}</dt>
        <dd>{c.publishAnswer ? t('paknCase.yes') : t('paknCase.no')}</dd>
        {refs.length > 0 && (
          <>
            <dt>{t('paknCase.references')}</dt>
            <dd>
              {refs.map(([k, v]) =>
                k === 'link' ? (
                  <a key={k} href={v} rel="noreferrer noopener" target="_blank">
                    {v}
                  </a>
                ) : (
                  <span key={k}>{v} </span>
                ),
              )}
            </dd>
          </>
        )}
        {c.draft && !c.answer && (
          <>
            <dt>{t('paknCase.draft')}</dt>
            <dd className="feedback-answer">{c.draft}</dd>
          </>
        )}
        {c.answer && (
          <>
            <dt>{t('paknCase.answer')}</dt>
            <dd className="feedback-answer">{c.answer.text}</dd>
          </>
        )}
        {c.rating && (
          <>
            <dt>{t('paknCase.rating')}</dt>
            <dd>{t(`paknFollow.${c.rating}`)}</dd>
          </>
        )}
      </dl>
      <Actions view={c} />
      <section className="section" aria-labelledby="pakn-timeline">
        <h2 id="pakn-timeline">{t('paknCase.timeline')}</h2>
        <ol className="case-timeline">
          {c.timeline.map((e) => (
            <li key={e.seq}>
              <strong>{t(`paknEntry.${e.type}`)}</strong> · {formatInstant(e.at, lang)} · {e.actor.name}
              {e.data.late === true && <span className="badge badge-overdue"> {t('paknEntry.late')}</span>}
              {typeof e.data.newCode === 'string' && <span className="muted"> → {e.data.newCode}</span>}
              {typeof (e.data.answer as { due?: string } | undefined)?.due === 'string' && (
                <span className="muted">
                  {' '}
                  · {t('paknClock.answer')}{' '}
                  {formatPlainDate((e.data.answer as { due: string }).due, lang, false)}
                </span>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** The actions the server says this officer may take now, each with its small form. */
function Actions({ view }: { view: FeedbackViewT }) {
  const { t } = useTranslation(FEEDBACK_NS);
  const pick = usePick();
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const act = useFeedbackAction(view.code);
  const assignees = useFeedbackAssignees(view.code, open === 'assign');
  const agencies = useAgencies({ enabled: open === 'transfer' });
  const fieldError = (path: string) =>
    isApiError(act.error) ? act.error.fields.find((f) => f.path === path)?.message : undefined;
  const onSubmit = (e: FormEvent<HTMLFormElement>, action: string) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const body: Record<string, string> = {};
    for (const [k, v] of f.entries()) if (String(v).trim()) body[k] = String(v).trim();
    act.mutate(
      { action, body },
      {
        onSuccess: () => {
          setDone(action);
          setOpen(null);
        },
      },
    );
  };
  const input = (name: string, area = false) => (
    <div className="field-group">
      <label htmlFor={`pakn-${name}`}>{t(`paknField.${name}`)}</label>
      {area ? (
        <textarea
          id={`pakn-${name}`}
          name={name}
          rows={5}
          maxLength={8000}
          defaultValue={name === 'text' ? (view.draft ?? '') : ''}
        />
      ) : (
        <input id={`pakn-${name}`} name={name} maxLength={2000} />
      )}
      {fieldError(name) && <span className="field-error">{fieldError(name)}</span>}
    </div>
  );
  const select = (name: string, options: [string, string][]) => (
    <div className="field-group">
      <label htmlFor={`pakn-${name}`}>{t(`paknField.${name}`)}</label>
      <select id={`pakn-${name}`} name={name}>
        {options.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
      {fieldError(name) && <span className="field-error">{fieldError(name)}</span>}
    </div>
  );
  const fields: Record<string, () => React.ReactNode> = {
    assign: () =>
      assignees.isPending ? (
        <Loading />
      ) : (
        select(
          'assigneeId',
          (assignees.data?.items ?? []).map((a) => [a.id, a.name]),
        )
      ),
    reject: () => (
      <>
        {select(
          'reason',
          FEEDBACK_REJECT_REASONS.map((r) => [r, t(`paknField.rejectReason.${r}`)]),
        )}
        {input('note')}
      </>
    ),
    'request-info': () => input('question', true),
    'receive-info': () => input('note', true),
    transfer: () => (
      <>
        {select('toAgency', [
          ['', t('paknCase.chooseAgency')],
          ...(agencies.data ?? [])
            .filter(
              (a) => a.code !== view.agency.code && !['one-stop-section', 'service-centre'].includes(a.kind),
            )
            .map((a): [string, string] => [a.code, pick(a.name, a.nameEn)]),
        ])}
        {input('note')}
      </>
    ),
    merge: () => (
      <>
        {input('intoCode')}
        {input('note')}
      </>
    ),
    draft: () => input('text', true),
  };
  return (
    <section className="section" aria-labelledby="pakn-actions">
      <h2 id="pakn-actions">{t('paknCase.actions')}</h2>
      <div aria-live="polite">
        {done && (
          <p className="alert alert-success" role="status">
            {t('paknCase.done', { action: t(`paknAction.${done}`) })}
          </p>
        )}
      </div>
      {view.allowedActions.length === 0 ? (
        <p className="muted">{t('paknCase.none')}</p>
      ) : (
        <div className="chip-row">
          {view.allowedActions.map((a) => (
            <button
              key={a}
              type="button"
              className={`button ${open === a ? 'button-primary' : 'button-secondary'}`}
              aria-expanded={open === a}
              onClick={() => {
                act.reset();
                setOpen(open === a ? null : a);
              }}
            >
              {t(`paknAction.${a}`)}
            </button>
          ))}
        </div>
      )}
      {open && (
        <form className="form-card case-action-form" onSubmit={(e) => onSubmit(e, open)} noValidate>
          <h3>{t(`paknAction.${open}`)}</h3>
          {fields[open]?.()}
          {act.isError && <ErrorMessage error={act.error} />}
          <button type="submit" className="button button-primary" disabled={act.isPending}>
            {t('paknCase.confirm')}
          </button>
        </form>
      )}
    </section>
  );
}
