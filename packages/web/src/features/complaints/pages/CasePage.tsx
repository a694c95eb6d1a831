import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { useAgencies } from '../../dossiers/api';
import { formatInstant } from '../../dossiers/dossier-format';
import {
  type CaseViewT,
  useAssignees,
  useCase,
  useCaseAction,
  useIdentityAccess,
  useRevealIdentity,
} from '../api';
import { ClockBadge } from '../components';
import { COMPLAINTS_NS } from '../messages';

/** One case: its clocks, what the officer may do now (asked of the server), the identity on request. */
export function CasePage() {
  const { t } = useTranslation(COMPLAINTS_NS);
  useDocumentTitle(t('docTitle'));
  const { code = '' } = useParams();
  return <RequireStaff>{() => <Case code={code} />}</RequireStaff>;
}

type Limit = CaseViewT['acceptance'];

function Case({ code }: { code: string }) {
  const { t } = useTranslation(COMPLAINTS_NS);
  const lang = useLang();
  const view = useCase(code);
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorMessage error={view.error} onRetry={() => void view.refetch()} />;
  const c = view.data;
  const limits = [c.limitation, c.acceptance, c.transfer, c.settlement].filter((l): l is Limit => l !== null);
  return (
    <div className="case-page">
      <p className="eyebrow">
        <Link to="/can-bo/khieu-nai-to-cao">{t('registerLink')}</Link>
      </p>
      <h1>
        {t(`kind.${c.kind}`)}
        {c.instance ? ` ${t(`instance.${c.instance}`)}` : ''} {c.code}
      </h1>
      <p className="case-meta">
        <span className="badge">{t(`state.${c.state}`)}</span> <ClockBadge clock={c.clock} />
      </p>
      <p className="case-subject-full">{c.subject}</p>
      {c.limitationExpired && <p className="alert alert-warning">{t('limitationExpired')}</p>}
      <dl className="case-facts">
        <dt>{t('facts.agency')}</dt>
        <dd>{c.agency.name}</dd>
        <dt>{t('facts.channel')}</dt>
        <dd>
          {t(`channel.${c.channel}`)}
          {c.remote ? ` · ${t('facts.remote')}` : ''}
        </dd>
        <dt>{t('caseForm.assignee')}</dt>
        <dd>{c.assignee?.name ?? t('noAssignee')}</dd>
        {c.kind === 'denunciation' && c.settlement && (
          <>
            <dt>{t('caseForm.complexity')}</dt>
            <dd>
              {t(`caseForm.complexityOption.${c.complexity}`)} ·{' '}
              {t('facts.extensions', { used: c.extensions, allowed: c.allowedExtensions })}
            </dd>
          </>
        )}
        {(c.references.feedbackCode || c.references.dossierCode || c.references.fromAgency) && (
          <>
            <dt>{t('facts.references')}</dt>
            <dd>
              {[
                c.references.fromAgency && `${t('facts.fromAgency')}: ${c.references.fromAgency}`,
                c.references.feedbackCode && `${t('facts.feedbackCode')}: ${c.references.feedbackCode}`,
                c.references.dossierCode && `${t('facts.dossierCode')}: ${c.references.dossierCode}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </>
        )}
        {c.party && (
          <>
            <dt>{t('facts.party')}</dt>
            <dd>{[c.party.fullName, c.party.phone, c.party.address].filter(Boolean).join(' · ')}</dd>
          </>
        )}
      </dl>

      <section className="section" aria-labelledby="case-clocks">
        <h2 id="case-clocks">{t('facts.clocks')}</h2>
        <ul className="case-limits">
          {limits.map((l) => (
            <li key={l.key}>
              <strong>{t(`limit.${l.key}`)}</strong>: {t(`unit.${l.unit}`, { days: l.days })} →{' '}
              <time dateTime={l.due}>{formatPlainDate(l.due, lang, false)}</time>
              <span className="muted"> · {l.basis}</span>
              {!l.confirmed && <span className="badge badge-provisional"> {t('unconfirmed')}</span>}
            </li>
          ))}
        </ul>
      </section>

      {c.kind === 'denunciation' && <Identity view={c} />}

      <Actions view={c} />

      <section className="section" aria-labelledby="case-timeline">
        <h2 id="case-timeline">{t('timelineHeading')}</h2>
        <ol className="case-timeline">
          {c.timeline.map((e) => (
            <li key={e.seq}>
              <strong>{t(`entry.${e.type}`)}</strong> · {formatInstant(e.at, lang)} · {e.actor.name}
              <EntryDetail data={e.data} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function EntryDetail({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation(COMPLAINTS_NS);
  const lang = useLang();
  const parts: string[] = [];
  if (
    typeof data.reason === 'string' &&
    t(`caseForm.refusal.${data.reason}`) !== `caseForm.refusal.${data.reason}`
  ) {
    if (
      ['out-of-time', 'not-competent', 'already-settled', 'no-standing', 'incomplete', 'other'].includes(
        data.reason,
      )
    )
      parts.push(t(`caseForm.refusal.${data.reason}`));
    else parts.push(data.reason);
  }
  const assignee = data.assignee as { name?: string } | undefined;
  if (assignee?.name) parts.push(assignee.name);
  if (typeof data.due === 'string')
    parts.push(t('clock.due', { date: formatPlainDate(data.due, lang, false) }));
  if (typeof data.outcome === 'string') parts.push(t(`caseForm.outcomeOption.${data.outcome}`));
  if (typeof data.decisionNumber === 'string') parts.push(data.decisionNumber);
  if (typeof data.toAgencyName === 'string') parts.push(data.toAgencyName);
  if (typeof data.newCode === 'string') parts.push(t('newCase', { code: data.newCode }));
  if (typeof data.note === 'string' && data.note) parts.push(data.note);
  return parts.length ? <div className="muted">{parts.join(' · ')}</div> : null;
}

/** The identity stays hidden until asked for; each ask is logged, and the page says so first. */
function Identity({ view }: { view: CaseViewT }) {
  const { t } = useTranslation(COMPLAINTS_NS);
  const lang = useLang();
  const reveal = useRevealIdentity(view.code);
  const [shown, setShown] = useState(false);
  const log = useIdentityAccess(view.code, view.mayReadIdentityLog);
  const party = shown ? reveal.data?.party : undefined;
  return (
    <section className="section identity-box" aria-labelledby="case-identity">
      <h2 id="case-identity">{t('identity.heading')}</h2>
      <p>{t('identity.hidden')}</p>
      {view.mayRequestIdentity && (
        <>
          <p className="alert alert-warning">{t('identity.notice')}</p>
          {party ? (
            <>
              <dl className="case-facts">
                <dt>{t('identity.fullName')}</dt>
                <dd>{party.fullName}</dd>
                {party.idNumber && (
                  <>
                    <dt>{t('identity.idNumber')}</dt>
                    <dd>{party.idNumber}</dd>
                  </>
                )}
                {party.phone && (
                  <>
                    <dt>{t('identity.phone')}</dt>
                    <dd>{party.phone}</dd>
                  </>
                )}
                {party.address && (
                  <>
                    <dt>{t('identity.address')}</dt>
                    <dd>{party.address}</dd>
                  </>
                )}
              </dl>
              {reveal.data && (
                <p className="hint">
                  {t('identity.loggedAt', { time: formatInstant(reveal.data.loggedAt, lang) })}
                </p>
              )}
              <button type="button" className="button button-secondary" onClick={() => setShown(false)}>
                {t('identity.hide')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button-secondary"
              disabled={reveal.isPending}
              onClick={() => reveal.mutate(undefined, { onSuccess: () => setShown(true) })}
            >
              {t('identity.show')}
            </button>
          )}
          {reveal.isError && <ErrorMessage error={reveal.error} />}
        </>
      )}
      {view.mayReadIdentityLog && (
        <>
          <h3>{t('identity.log')}</h3>
          {log.isPending ? (
            <Loading />
          ) : log.isError ? (
            <ErrorMessage error={log.error} />
          ) : log.data.items.length === 0 ? (
            <p className="muted">{t('identity.logEmpty')}</p>
          ) : (
            <ul className="identity-log">
              {log.data.items.map((i) => (
                <li key={`${i.at}-${i.actor.username}`}>
                  {formatInstant(i.at, lang)} · {i.actor.name} ({i.actor.username})
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** The actions the server says this officer may take now, each with its own small form. */
function Actions({ view }: { view: CaseViewT }) {
  const { t } = useTranslation(COMPLAINTS_NS);
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const act = useCaseAction(view.code);
  const assignees = useAssignees(view.code, open === 'assign');
  const agencies = useAgencies({ enabled: open === 'transfer' });
  const lang = useLang();
  const fieldError = (path: string) =>
    isApiError(act.error) ? act.error.fields.find((f) => f.path === path)?.message : undefined;
  const onSubmit = (e: FormEvent<HTMLFormElement>, action: string) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (name: string) => String(f.get(name) ?? '').trim();
    const opt = (name: string) => (text(name) ? { [name]: text(name) } : {});
    const body: Record<string, object> = {
      accept:
        view.kind === 'complaint'
          ? { complex: f.get('complex') === 'on' }
          : { complexity: text('complexity') || 'normal' },
      refuse: { reason: text('reason'), ...opt('note') },
      assign: { assigneeId: text('assigneeId') },
      extend: {
        complexity: text('complexity'),
        reason: text('reason'),
        ...(text('days') ? { days: Number(text('days')) } : {}),
      },
      transfer: { toAgency: text('toAgency'), ...opt('note') },
      settle: { outcome: text('outcome'), decisionNumber: text('decisionNumber'), ...opt('summary') },
      withdraw: { ...opt('note') },
    };
    act.mutate(
      { action, body: body[action] ?? {} },
      {
        onSuccess: () => {
          setDone(action);
          setOpen(null);
        },
      },
    );
  };
  const input = (name: string, label: string, props: Record<string, unknown> = {}) => (
    <div className="field-group">
      <label htmlFor={`act-${name}`}>{label}</label>
      <input id={`act-${name}`} name={name} aria-invalid={fieldError(name) ? true : undefined} {...props} />
      {fieldError(name) && <span className="field-error">{fieldError(name)}</span>}
    </div>
  );
  const select = (name: string, label: string, options: [string, string][]) => (
    <div className="field-group">
      <label htmlFor={`act-${name}`}>{label}</label>
      <select id={`act-${name}`} name={name}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const complexities = (['normal', 'complex', 'very-complex'] as const).map(
    (c) => [c, t(`caseForm.complexityOption.${c}`)] as [string, string],
  );
  const fields: Record<string, () => React.ReactNode> = {
    accept: () =>
      view.kind === 'complaint' ? (
        <label className="checkbox">
          <input type="checkbox" name="complex" /> {t('caseForm.complex')}
        </label>
      ) : (
        select('complexity', t('caseForm.complexity'), complexities)
      ),
    refuse: () => (
      <>
        {select(
          'reason',
          t('caseForm.reason'),
          (
            ['out-of-time', 'not-competent', 'already-settled', 'no-standing', 'incomplete', 'other'] as const
          ).map((r) => [r, t(`caseForm.refusal.${r}`)]),
        )}
        {input('note', t('caseForm.note'), { maxLength: 2000 })}
      </>
    ),
    assign: () =>
      assignees.isPending ? (
        <Loading />
      ) : (
        select(
          'assigneeId',
          t('caseForm.assignee'),
          (assignees.data?.items ?? []).map((a) => [a.id, a.name]),
        )
      ),
    extend: () => (
      <>
        {select('complexity', t('caseForm.complexity'), complexities.slice(1))}
        {input('days', t('caseForm.days'), { type: 'number', min: 1, max: 30, inputMode: 'numeric' })}
        {input('reason', t('caseForm.reason'), { maxLength: 2000, required: true })}
      </>
    ),
    transfer: () => (
      <>
        {select('toAgency', t('caseForm.toAgency'), [
          ['', t('caseForm.chooseAgency')],
          ...(agencies.data ?? [])
            .filter(
              (a) => a.code !== view.agency.code && !['one-stop-section', 'service-centre'].includes(a.kind),
            )
            .map((a): [string, string] => [a.code, lang === 'en' ? a.nameEn || a.name : a.name]),
        ])}
        {input('note', t('caseForm.note'), { maxLength: 2000 })}
      </>
    ),
    settle: () => (
      <>
        {select(
          'outcome',
          t('caseForm.outcome'),
          (['upheld', 'partly-upheld', 'rejected'] as const).map((o) => [
            o,
            t(`caseForm.outcomeOption.${o}`),
          ]),
        )}
        {input('decisionNumber', t('caseForm.decisionNumber'), { maxLength: 100, required: true })}
        {input('summary', t('caseForm.summary'), { maxLength: 4000 })}
      </>
    ),
    withdraw: () => input('note', t('caseForm.note'), { maxLength: 2000 }),
  };
  return (
    <section className="section" aria-labelledby="case-actions">
      <h2 id="case-actions">{t('action.heading')}</h2>
      <div aria-live="polite">
        {done && (
          <p className="alert alert-success" role="status">
            {t('action.done', { action: t(`action.${done}`) })}
          </p>
        )}
      </div>
      {view.allowedActions.length === 0 ? (
        <p className="muted">{t('action.none')}</p>
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
              {t(`action.${a}`)}
            </button>
          ))}
        </div>
      )}
      {open && (
        <form className="form-card case-action-form" onSubmit={(e) => onSubmit(e, open)} noValidate>
          <h3>{t(`action.${open}`)}</h3>
          {fields[open]?.()}
          {act.isError && <ErrorMessage error={act.error} />}
          <button type="submit" className="button button-primary" disabled={act.isPending}>
            {t('caseForm.confirm')}
          </button>
        </form>
      )}
    </section>
  );
}
