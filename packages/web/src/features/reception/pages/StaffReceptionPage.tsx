import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api-client';
import { formatPlainDate, todayInVietnam } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import {
  type AgencyContactsT,
  type DialogueT,
  type ReceptionRecordT,
  type ScheduleEntryT,
  type StaffReception,
  useAgencyContacts,
  useReceptionWrite,
  useStaffAgencies,
  useStaffDialogues,
  useStaffReception,
} from '../api';
import { recurrenceText } from '../components';
import { RECEPTION_NS } from '../messages';
import { Outcome } from './DialoguesPage';
import '../reception.css';

const TABS = ['calendar', 'record', 'schedule', 'dialogues', 'contacts'] as const;
type Tab = (typeof TABS)[number];
const OUTCOMES = ['answered', 'guided', 'complaint', 'feedback', 'refused'] as const;
const GROUNDS = [
  'incapacitated',
  'threatening-or-disorderly',
  'settled-case-repeated',
  'other-by-law',
] as const;
const ROLES = ['head', 'deputy', 'officer'] as const;

/** /can-bo/tiep-cong-dan — an agency's reception calendar, register, schedule, dialogues and hotline. */
export function StaffReceptionPage() {
  const { t } = useTranslation(RECEPTION_NS);
  useDocumentTitle(t('staffReception.docTitle'));
  return <RequireStaff>{() => <Staff />}</RequireStaff>;
}

function Staff() {
  const { t } = useTranslation(RECEPTION_NS);
  const id = useId();
  const [params, setParams] = useSearchParams();
  const agencies = useStaffAgencies();
  const agency = params.get('agency') ?? agencies.data?.items[0]?.code ?? '';
  const tab = (params.get('tab') as Tab | null) ?? 'calendar';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <div className="reception">
      <p className="eyebrow">
        <Link to="/can-bo">{t('staffReception.staffHome')}</Link>
      </p>
      <h1>{t('staffReception.heading')}</h1>
      {agencies.isPending ? (
        <Loading />
      ) : agencies.isError ? (
        <ErrorMessage error={agencies.error} onRetry={() => void agencies.refetch()} />
      ) : (
        <div className="field-group">
          <label htmlFor={`${id}-agency`}>{t('staffReception.agency')}</label>
          <select id={`${id}-agency`} value={agency} onChange={(e) => set('agency', e.target.value)}>
            {agencies.data.items.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="staff-tabs" role="tablist">
        {TABS.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            aria-selected={tab === x}
            className={`button button-small ${tab === x ? 'button-primary' : 'button-secondary'}`}
            onClick={() => set('tab', x)}
          >
            {t(`staffReception.tabs.${x}`)}
          </button>
        ))}
      </div>
      {agency && <AgencyTab agency={agency} tab={tab} />}
    </div>
  );
}

function AgencyTab({ agency, tab }: { agency: string; tab: Tab }) {
  const { t } = useTranslation(RECEPTION_NS);
  const data = useStaffReception(agency);
  if (data.isPending) return <Loading />;
  if (data.isError) return <ErrorMessage error={data.error} onRetry={() => void data.refetch()} />;
  const d = data.data;
  const readOnly = !d.mayEdit && ['schedule', 'dialogues', 'contacts'].includes(tab) && (
    <p className="alert alert-info">{t('staffReception.readOnly')}</p>
  );
  return (
    <>
      {readOnly}
      {tab === 'calendar' && <Calendar d={d} />}
      {tab === 'record' && <RecordForm d={d} />}
      {tab === 'schedule' && <ScheduleEditor d={d} />}
      {tab === 'dialogues' && <Dialogues agency={agency} mayEdit={d.mayEdit} />}
      {tab === 'contacts' && <ContactsEditor agency={agency} mayEdit={d.mayEdit} />}
    </>
  );
}

function Calendar({ d }: { d: StaffReception }) {
  const { t } = useTranslation(RECEPTION_NS);
  const lang = useLang();
  const date = (s: string) => formatPlainDate(s, lang, false);
  const today = d.today;
  return (
    <>
      <section className="section" aria-labelledby="gaps">
        <h2 id="gaps">{t('staffReception.gapsHeading')}</h2>
        {d.gaps.length === 0 ? (
          <p className="alert alert-success">{t('staffReception.gapsNone')}</p>
        ) : (
          <div className="alert alert-warning" data-testid="frequency-gaps">
            <ul className="gap-list">
              {d.gaps.map((g) => (
                <li key={g.start}>
                  {t(g.period === 'week' ? 'staffReception.gapWeek' : 'staffReception.gapMonth', {
                    start: date(g.start),
                    end: date(g.end),
                    required: g.required,
                  })}{' '}
                  <span className="muted">({g.basis})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="muted">{t('staffReception.gapNote')}</p>
      </section>
      <section className="section" aria-labelledby="sessions">
        <h2 id="sessions">{t('staffReception.sessions')}</h2>
        <ul className="reception-sessions">
          {d.sessions
            .filter((s) => s.date >= today)
            .map((s) => {
              const regs = d.registrations.filter(
                (r) => r.date === s.date && r.session === s.session && r.entryId === s.entryId,
              );
              return (
                <li key={`${s.date}-${s.session}-${s.entryId}`}>
                  <span>
                    <strong>{formatPlainDate(s.date, lang)}</strong> · {t(`reception.session.${s.session}`)} ·{' '}
                    {s.receiverName}
                    <br />
                    <span className="muted">
                      {t('staffReception.registrations', { count: regs.length, capacity: s.capacity })}
                    </span>
                    {regs.length > 0 && (
                      <ul>
                        {regs.map((r) => (
                          <li key={r.code}>
                            {r.fullName} · {r.phone} · {r.code} · {r.subject}
                            {r.status === 'received' ? ' ✓' : ''}
                          </li>
                        ))}
                      </ul>
                    )}
                  </span>
                </li>
              );
            })}
        </ul>
      </section>
      <section className="section" aria-labelledby="records">
        <h2 id="records">{t('staffReception.records')}</h2>
        {d.records.length === 0 ? (
          <p className="muted">{t('staffReception.noRecords')}</p>
        ) : (
          <ul className="commitment-list">
            {d.records.map((r) => (
              <RecordItem key={r.id} r={r} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function RecordItem({ r }: { r: ReceptionRecordT }) {
  const { t } = useTranslation(RECEPTION_NS);
  const lang = useLang();
  return (
    <li>
      <span>
        <strong>{formatPlainDate(r.date, lang)}</strong> · {t(`reception.session.${r.session}`)} ·{' '}
        {r.receiverName}
      </span>
      <span>{r.visitors.map((v) => v.fullName).join(', ')}</span>
      <span className="muted">{r.content}</span>
      <span>
        <span className="badge">{t(`staffReception.outcome.${r.outcome}`)}</span>{' '}
        {r.followUp?.kind === 'complaint' && r.followUp.code && (
          <Link to={`/can-bo/khieu-nai-to-cao/${encodeURIComponent(r.followUp.code)}`}>
            {r.followUp.code}
          </Link>
        )}
        {r.refusalGround && <span className="muted">{t(`staffReception.refusal.${r.refusalGround}`)}</span>}
      </span>
      {r.note && <span className="muted">{r.note}</span>}
    </li>
  );
}

function RecordForm({ d }: { d: StaffReception }) {
  const { t } = useTranslation(RECEPTION_NS);
  const id = useId();
  const write = useReceptionWrite<ReceptionRecordT>('POST');
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('answered');
  const [saved, setSaved] = useState<ReceptionRecordT | null>(null);
  const err = (path: string) =>
    isApiError(write.error) ? write.error.fields.find((f) => f.path.startsWith(path))?.message : undefined;
  if (!d.mayRecord) return <p className="alert alert-info">{t('staffReception.readOnly')}</p>;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const s = (n: string) => String(f.get(n) ?? '').trim();
    const opt = (n: string) => (s(n) ? { [n]: s(n) } : {});
    write.mutate(
      {
        path: `/api/reception/agencies/${encodeURIComponent(d.agency.code)}/records`,
        body: {
          date: s('date'),
          session: s('session'),
          receiverRole: s('receiverRole'),
          receiverName: s('receiverName'),
          visitors: [
            {
              fullName: s('visitor'),
              ...(s('idNumber') ? { idNumber: s('idNumber') } : {}),
              ...(s('address') ? { address: s('address') } : {}),
            },
          ],
          content: s('content'),
          outcome,
          ...opt('note'),
          ...(outcome === 'refused' ? { refusalGround: s('refusalGround') } : {}),
          ...opt('registrationCode'),
          ...opt('phone'),
        },
      },
      { onSuccess: (r) => setSaved(r) },
    );
  };
  const input = (name: string, label: string, props: Record<string, unknown> = {}) => (
    <div className="field-group">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input id={`${id}-${name}`} name={name} aria-invalid={err(name) ? true : undefined} {...props} />
      {err(name) && <span className="field-error">{err(name)}</span>}
    </div>
  );
  return (
    <form className="form-card" onSubmit={onSubmit} noValidate>
      <div className="row-fields">
        {input('date', t('staffReception.record.date'), {
          type: 'date',
          defaultValue: todayInVietnam(),
          required: true,
        })}
        <div className="field-group">
          <label htmlFor={`${id}-session`}>{t('staffReception.record.session')}</label>
          <select id={`${id}-session`} name="session" defaultValue="morning">
            <option value="morning">{t('reception.session.morning')}</option>
            <option value="afternoon">{t('reception.session.afternoon')}</option>
          </select>
        </div>
        <div className="field-group">
          <label htmlFor={`${id}-receiverRole`}>{t('staffReception.record.receiverRole')}</label>
          <select id={`${id}-receiverRole`} name="receiverRole" defaultValue="head">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`reception.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {input('receiverName', t('staffReception.record.receiverName'), {
        required: true,
        maxLength: 200,
        defaultValue: d.entries.find((e) => e.receiverRole === 'head')?.receiverName ?? '',
      })}
      {input('registrationCode', t('staffReception.record.registrationCode'), {
        maxLength: 24,
        autoComplete: 'off',
      })}
      {input('visitor', t('staffReception.record.visitor'), {
        required: true,
        maxLength: 200,
        autoComplete: 'off',
      })}
      <div className="row-fields">
        {input('idNumber', t('staffReception.record.idNumber'), {
          maxLength: 20,
          inputMode: 'numeric',
          autoComplete: 'off',
        })}
        {input('phone', t('staffReception.record.phone'), {
          maxLength: 20,
          type: 'tel',
          autoComplete: 'off',
        })}
      </div>
      {input('address', t('staffReception.record.address'), { maxLength: 300, autoComplete: 'off' })}
      <div className="field-group">
        <label htmlFor={`${id}-content`}>{t('staffReception.record.content')}</label>
        <textarea
          id={`${id}-content`}
          name="content"
          rows={4}
          maxLength={10000}
          required
          aria-invalid={err('content') ? true : undefined}
        />
        {err('content') && <span className="field-error">{err('content')}</span>}
      </div>
      <div className="field-group">
        <label htmlFor={`${id}-outcome`}>{t('staffReception.record.outcome')}</label>
        <select
          id={`${id}-outcome`}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as typeof outcome)}
        >
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`staffReception.outcome.${o}`)}
            </option>
          ))}
        </select>
      </div>
      {outcome === 'refused' && (
        <div className="field-group">
          <label htmlFor={`${id}-ground`}>{t('staffReception.record.refusalGround')}</label>
          <select id={`${id}-ground`} name="refusalGround" defaultValue={GROUNDS[0]}>
            {GROUNDS.map((g) => (
              <option key={g} value={g}>
                {t(`staffReception.refusal.${g}`)}
              </option>
            ))}
          </select>
          <span className="hint">{t('staffReception.refusalNote')}</span>
        </div>
      )}
      <div className="field-group">
        <label htmlFor={`${id}-note`}>{t('staffReception.record.note')}</label>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={3}
          maxLength={4000}
          aria-invalid={err('note') ? true : undefined}
        />
        {err('note') && <span className="field-error">{err('note')}</span>}
      </div>
      {write.isError && <ErrorMessage error={write.error} />}
      {saved && (
        <p className="alert alert-success" role="status" data-testid="record-saved">
          {t('staffReception.record.saved')}{' '}
          {saved.followUp?.kind === 'complaint' && saved.followUp.code && (
            <Link to={`/can-bo/khieu-nai-to-cao/${encodeURIComponent(saved.followUp.code)}`}>
              {t('staffReception.record.followUp', { code: saved.followUp.code })}
            </Link>
          )}
          {saved.followUp?.kind === 'feedback' && t('staffReception.record.feedbackPending')}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={write.isPending}>
        {t('staffReception.record.submit')}
      </button>
    </form>
  );
}

type EntryDraft = Omit<ScheduleEntryT, 'validTo'> & { validTo?: string | null };

function ScheduleEditor({ d }: { d: StaffReception }) {
  const { t } = useTranslation(RECEPTION_NS);
  const lang = useLang();
  const write = useReceptionWrite<StaffReception>('PUT');
  const [entries, setEntries] = useState<EntryDraft[]>(d.entries);
  if (!d.mayEdit)
    return (
      <ul className="reception-entries">
        {d.entries.map((e) => (
          <li key={e.id}>
            {recurrenceText(t, lang, e.recurrence)} · {t(`reception.session.${e.session}`)} · {e.receiverName}{' '}
            · {e.place}
          </li>
        ))}
      </ul>
    );
  const update = (i: number, patch: Partial<EntryDraft>) =>
    setEntries((list) => list.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  const err = (i: number) =>
    isApiError(write.error) ? write.error.fields.filter((f) => f.path.startsWith(`entries[${i}]`)) : [];
  const save = () =>
    write.mutate({
      path: `/api/reception/agencies/${encodeURIComponent(d.agency.code)}/schedule`,
      body: { entries: entries.map(({ validTo, ...e }) => (validTo ? { ...e, validTo } : e)) },
    });
  return (
    <div className="form-card">
      {entries.map((e, i) => (
        <fieldset key={e.id} className="field-group">
          <legend>
            {recurrenceText(t, lang, e.recurrence)} · {t(`reception.session.${e.session}`)}
          </legend>
          <div className="row-fields">
            <label>
              {t('staffReception.record.receiverRole')}
              <select
                value={e.receiverRole}
                onChange={(x) => update(i, { receiverRole: x.target.value as EntryDraft['receiverRole'] })}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`reception.role.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('staffReception.schedule.recurrence')}
              <select
                value={e.recurrence.kind === 'monthly' ? 'monthly' : 'weekly'}
                onChange={(x) =>
                  update(i, {
                    recurrence:
                      x.target.value === 'monthly'
                        ? { kind: 'monthly', day: 15 }
                        : { kind: 'weekly', weekday: 4 },
                  })
                }
              >
                <option value="weekly">{t('staffReception.schedule.weekly')}</option>
                <option value="monthly">{t('staffReception.schedule.monthly')}</option>
              </select>
            </label>
            {e.recurrence.kind === 'weekly' ? (
              <label>
                {t('staffReception.schedule.weekday')}
                <select
                  value={e.recurrence.weekday}
                  onChange={(x) =>
                    update(i, { recurrence: { kind: 'weekly', weekday: Number(x.target.value) } })
                  }
                >
                  {[1, 2, 3, 4, 5, 6, 7].map((w) => (
                    <option key={w} value={w}>
                      {recurrenceText(t, lang, { kind: 'weekly', weekday: w })}
                    </option>
                  ))}
                </select>
              </label>
            ) : e.recurrence.kind === 'monthly' ? (
              <label>
                {t('staffReception.schedule.day')}
                <input
                  type="number"
                  min={1}
                  max={31}
                  value={e.recurrence.day}
                  onChange={(x) =>
                    update(i, { recurrence: { kind: 'monthly', day: Number(x.target.value) } })
                  }
                />
              </label>
            ) : null}
            <label>
              {t('staffReception.record.session')}
              <select
                value={e.session}
                onChange={(x) => update(i, { session: x.target.value as EntryDraft['session'] })}
              >
                <option value="morning">{t('reception.session.morning')}</option>
                <option value="afternoon">{t('reception.session.afternoon')}</option>
              </select>
            </label>
          </div>
          <label>
            {t('staffReception.record.receiverName')}
            <input
              value={e.receiverName}
              maxLength={200}
              onChange={(x) => update(i, { receiverName: x.target.value })}
            />
          </label>
          <label>
            {t('staffReception.schedule.place')}
            <input value={e.place} maxLength={300} onChange={(x) => update(i, { place: x.target.value })} />
          </label>
          <div className="row-fields">
            <label>
              {t('staffReception.schedule.capacity')}
              <input
                type="number"
                min={1}
                max={200}
                value={e.capacity}
                onChange={(x) => update(i, { capacity: Number(x.target.value) })}
              />
            </label>
            <label>
              {t('staffReception.schedule.validFrom')}
              <input
                type="date"
                value={e.validFrom}
                onChange={(x) => update(i, { validFrom: x.target.value })}
              />
            </label>
          </div>
          {err(i).map((f) => (
            <span key={f.path} className="field-error">
              {f.message}
            </span>
          ))}
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => setEntries((l) => l.filter((_, j) => j !== i))}
          >
            {t('staffReception.schedule.remove')}
          </button>
        </fieldset>
      ))}
      <p className="actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            setEntries((l) => [
              ...l,
              {
                id: `buoi-${Date.now().toString(36)}`,
                receiverRole: 'head',
                receiverName: '',
                recurrence: { kind: 'weekly', weekday: 4 },
                session: 'morning',
                place: '',
                capacity: 10,
                validFrom: todayInVietnam(),
              },
            ])
          }
        >
          {t('staffReception.schedule.addEntry')}
        </button>{' '}
        <button type="button" className="button button-primary" disabled={write.isPending} onClick={save}>
          {t('staffReception.schedule.save')}
        </button>
      </p>
      {write.isSuccess && <p className="alert alert-success">{t('staffReception.schedule.saved')}</p>}
      {write.isError && <ErrorMessage error={write.error} />}
    </div>
  );
}

function Dialogues({ agency, mayEdit }: { agency: string; mayEdit: boolean }) {
  const { t } = useTranslation(RECEPTION_NS);
  const list = useStaffDialogues(agency);
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  return (
    <>
      {mayEdit && (
        <details className="form-card">
          <summary>{t('staffReception.dialogue.add')}</summary>
          <DialogueForm agency={agency} />
        </details>
      )}
      <ul className="dialogue-list">
        {list.data.items.map((d) => (
          <li key={d.id}>
            <h3>{d.topic}</h3>
            {mayEdit ? <DialogueForm agency={agency} dialogue={d} /> : <Outcome d={d} />}
            <details>
              <summary>{t('staffReception.dialogue.questions', { count: d.questions?.length ?? 0 })}</summary>
              <ul>
                {(d.questions ?? []).map((q) => (
                  <li key={q.id}>
                    {q.question} {q.fullName && <span className="muted">— {q.fullName}</span>}
                  </li>
                ))}
              </ul>
            </details>
            {mayEdit && <CommitmentsForm dialogue={d} />}
          </li>
        ))}
      </ul>
    </>
  );
}

function DialogueForm({ agency, dialogue }: { agency: string; dialogue?: DialogueT }) {
  const { t } = useTranslation(RECEPTION_NS);
  const id = useId();
  const create = useReceptionWrite<DialogueT>('POST');
  const update = useReceptionWrite<DialogueT>('PUT');
  const write = dialogue ? update : create;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const s = (n: string) => String(f.get(n) ?? '').trim();
    const body = {
      date: s('date'),
      time: s('time'),
      leaderName: s('leaderName'),
      leaderTitle: s('leaderTitle'),
      topic: s('topic'),
      place: s('place'),
      minutes: s('minutes'),
      minutesPublished: f.get('publish') === 'on',
    };
    write.mutate({
      path: dialogue
        ? `/api/reception/dialogues/${dialogue.id}`
        : `/api/reception/agencies/${encodeURIComponent(agency)}/dialogues`,
      body,
    });
  };
  const field = (name: keyof DialogueT, label: string, props: Record<string, unknown> = {}) => (
    <label htmlFor={`${id}-${name}`}>
      {label}
      <input
        id={`${id}-${name}`}
        name={name}
        defaultValue={dialogue ? String(dialogue[name] ?? '') : ''}
        {...props}
      />
    </label>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="field-group">
      <div className="row-fields">
        {field('date', t('staffReception.dialogue.date'), { type: 'date', required: true })}
        {field('time', t('staffReception.dialogue.time'), { type: 'time' })}
      </div>
      {field('topic', t('staffReception.dialogue.topic'), { maxLength: 500, required: true })}
      <div className="row-fields">
        {field('leaderName', t('staffReception.dialogue.leaderName'), { maxLength: 200, required: true })}
        {field('leaderTitle', t('staffReception.dialogue.leaderTitle'), { maxLength: 200, required: true })}
      </div>
      {field('place', t('staffReception.dialogue.place'), { maxLength: 300, required: true })}
      {dialogue && (
        <>
          <label htmlFor={`${id}-minutes`}>
            {t('staffReception.dialogue.minutes')}
            <textarea id={`${id}-minutes`} name="minutes" rows={4} defaultValue={dialogue.minutes ?? ''} />
          </label>
          <label className="checkbox">
            <input type="checkbox" name="publish" defaultChecked={dialogue.minutesPublished} />{' '}
            {t('staffReception.dialogue.publish')}
          </label>
        </>
      )}
      {write.isError && <ErrorMessage error={write.error} />}
      <button type="submit" className="button button-primary button-small" disabled={write.isPending}>
        {t('staffReception.dialogue.save')}
      </button>
    </form>
  );
}

type CommitmentDraft = {
  text: string;
  responsible: string;
  dueDate: string;
  state: 'open' | 'in-progress' | 'done';
  doneOn: string;
};

function CommitmentsForm({ dialogue }: { dialogue: DialogueT }) {
  const { t } = useTranslation(RECEPTION_NS);
  const write = useReceptionWrite<DialogueT>('PUT');
  const [list, setList] = useState<CommitmentDraft[]>(
    dialogue.commitments.map((c) => ({ ...c, doneOn: c.doneOn ?? '' })),
  );
  const up = (i: number, patch: Partial<CommitmentDraft>) =>
    setList((l) => l.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const save = () =>
    write.mutate({
      path: `/api/reception/dialogues/${dialogue.id}/commitments`,
      body: {
        commitments: list.map((c) => ({
          text: c.text,
          responsible: c.responsible,
          dueDate: c.dueDate,
          state: c.state,
          doneOn: c.state === 'done' ? c.doneOn || null : null,
        })),
      },
    });
  return (
    <fieldset className="field-group">
      <legend>{t('staffReception.dialogue.commitments')}</legend>
      {list.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
        <div key={i} className="row-fields">
          <label>
            {t('staffReception.dialogue.commitmentText')}
            <input value={c.text} onChange={(x) => up(i, { text: x.target.value })} />
          </label>
          <label>
            {t('staffReception.dialogue.responsible')}
            <input value={c.responsible} onChange={(x) => up(i, { responsible: x.target.value })} />
          </label>
          <label>
            {t('staffReception.dialogue.dueDate')}
            <input type="date" value={c.dueDate} onChange={(x) => up(i, { dueDate: x.target.value })} />
          </label>
          <label>
            {t('staffReception.dialogue.state')}
            <select
              value={c.state}
              onChange={(x) => up(i, { state: x.target.value as CommitmentDraft['state'] })}
            >
              {(['open', 'in-progress', 'done'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`staffReception.dialogue.states.${s}`)}
                </option>
              ))}
            </select>
          </label>
          {c.state === 'done' && (
            <label>
              {t('staffReception.dialogue.doneOn')}
              <input type="date" value={c.doneOn} onChange={(x) => up(i, { doneOn: x.target.value })} />
            </label>
          )}
        </div>
      ))}
      <p className="actions">
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() =>
            setList((l) => [
              ...l,
              { text: '', responsible: '', dueDate: todayInVietnam(), state: 'open', doneOn: '' },
            ])
          }
        >
          {t('staffReception.dialogue.addCommitment')}
        </button>{' '}
        <button
          type="button"
          className="button button-small button-primary"
          disabled={write.isPending}
          onClick={save}
        >
          {t('staffReception.dialogue.saveCommitments')}
        </button>
      </p>
      {write.isError && <ErrorMessage error={write.error} />}
    </fieldset>
  );
}

function ContactsEditor({ agency, mayEdit }: { agency: string; mayEdit: boolean }) {
  const contacts = useAgencyContacts(agency);
  if (contacts.isPending) return <Loading />;
  if (contacts.isError) return <ErrorMessage error={contacts.error} />;
  return <ContactsForm key={agency} agency={agency} mayEdit={mayEdit} initial={contacts.data} />;
}

function ContactsForm({
  agency,
  mayEdit,
  initial,
}: {
  agency: string;
  mayEdit: boolean;
  initial: AgencyContactsT;
}) {
  const { t } = useTranslation(RECEPTION_NS);
  const write = useReceptionWrite<AgencyContactsT>('PUT');
  const [hotline, setHotline] = useState(initial.hotline);
  const [email, setEmail] = useState(initial.email);
  const [persons, setPersons] = useState(initial.persons);
  const err = (path: string) =>
    isApiError(write.error) ? write.error.fields.find((f) => f.path.startsWith(path))?.message : undefined;
  const up = (i: number, patch: Partial<(typeof persons)[number]>) =>
    setPersons((l) => l.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <div className="form-card">
      <label>
        {t('staffReception.contacts.hotline')}
        <input
          value={hotline}
          disabled={!mayEdit}
          onChange={(e) => setHotline(e.target.value)}
          aria-invalid={err('hotline') ? true : undefined}
        />
      </label>
      {err('hotline') && <span className="field-error">{err('hotline')}</span>}
      <label>
        {t('staffReception.contacts.email')}
        <input value={email} disabled={!mayEdit} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <fieldset className="field-group">
        <legend>{t('staffReception.contacts.persons')}</legend>
        {persons.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
          <div key={i} className="row-fields">
            <label>
              {t('staffReception.contacts.fullName')}
              <input
                value={p.fullName}
                disabled={!mayEdit}
                onChange={(e) => up(i, { fullName: e.target.value })}
              />
            </label>
            <label>
              {t('staffReception.contacts.title')}
              <input value={p.title} disabled={!mayEdit} onChange={(e) => up(i, { title: e.target.value })} />
            </label>
            <label>
              {t('staffReception.contacts.phone')}
              <input
                value={p.phone}
                type="tel"
                disabled={!mayEdit}
                onChange={(e) => up(i, { phone: e.target.value })}
              />
            </label>
            {err(`persons[${i}]`) && <span className="field-error">{err(`persons[${i}]`)}</span>}
            {mayEdit && (
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={() => setPersons((l) => l.filter((_, j) => j !== i))}
              >
                {t('staffReception.schedule.remove')}
              </button>
            )}
          </div>
        ))}
      </fieldset>
      {mayEdit && (
        <p className="actions">
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => setPersons((l) => [...l, { fullName: '', title: '', phone: '' }])}
          >
            {t('staffReception.contacts.add')}
          </button>{' '}
          <button
            type="button"
            className="button button-primary"
            disabled={write.isPending}
            onClick={() =>
              write.mutate({
                path: `/api/reception/agencies/${encodeURIComponent(agency)}/contacts`,
                body: { hotline, email, persons },
              })
            }
          >
            {t('staffReception.contacts.save')}
          </button>
        </p>
      )}
      {write.isSuccess && <p className="alert alert-success">{t('staffReception.contacts.saved')}</p>}
      {write.isError && !err('hotline') && <ErrorMessage error={write.error} />}
      <p>
        <Link to={`/duong-day-nong?agency=${encodeURIComponent(agency)}`}>{t('contacts.print')}</Link>
      </p>
    </div>
  );
}
