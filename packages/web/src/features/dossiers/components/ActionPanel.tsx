import type { ActionType } from '@motcua/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ErrorMessage';
import { ApiError } from '../../../lib/api-client';
import { useLang } from '../../../lib/localize';
import type { StaffUser } from '../../auth/api';
import { type Dossier, useDossierAction } from '../api';
import { actionText, fieldErrorMap, visibleActions } from '../dossier-format';
import { TextField } from './TextField';

/** Actions whose reason is required (it is printed on a slip or explains a refusal, stop or rework). */
const REASON_REQUIRED: readonly ActionType[] = [
  'refuse',
  'stop',
  'withdraw',
  'return-for-rework',
  'request-supplement',
  'apologize-extend',
];

const DANGER: readonly ActionType[] = ['refuse', 'stop', 'withdraw', 'return-for-rework'];

interface MissingRow {
  key: number;
  name: string;
  reason: string;
}

interface Draft {
  reason: string;
  assignee: string;
  missing: MissingRow[];
  newDueDate: string;
  amount: string;
  method: string;
  reference: string;
  number: string;
  signer: string;
  returnMethod: string;
  waybill: string;
  resultName: string;
  resultFileId: string;
  appointmentAt: string;
  place: string;
  address: string;
}

let rowKey = 1;
const emptyDraft = (user: StaffUser): Draft => ({
  reason: '',
  assignee: '',
  missing: [{ key: rowKey++, name: '', reason: '' }],
  newDueDate: '',
  amount: '',
  method: 'cash',
  reference: '',
  number: '',
  signer: user.fullName,
  returnMethod: 'counter',
  waybill: '',
  resultName: '',
  resultFileId: '',
  appointmentAt: '',
  place: 'counter',
  address: '',
});

function dataFor(action: ActionType, d: Draft): Record<string, unknown> | undefined {
  switch (action) {
    case 'assign':
      return { assignee: d.assignee.trim() };
    case 'request-supplement':
      return {
        missing: d.missing
          .filter((m) => m.name.trim())
          .map((m) => ({ name: m.name.trim(), reason: m.reason.trim() })),
      };
    case 'apologize-extend':
      return { newDueDate: d.newDueDate };
    case 'request-payment':
      // Empty: the server takes the fees of the case from the catalogue.
      return d.amount.trim() ? { amount: Number(d.amount) } : undefined;
    case 'forward':
      return d.resultName.trim() || d.resultFileId
        ? {
            ...(d.resultName.trim() ? { resultName: d.resultName.trim() } : {}),
            ...(d.resultFileId ? { resultFileId: d.resultFileId } : {}),
          }
        : undefined;
    case 'record-payment':
      return { method: d.method, ...(d.reference.trim() ? { reference: d.reference.trim() } : {}) };
    case 'issue-result':
      return {
        number: d.number.trim(),
        signer: d.signer.trim(),
        ...(d.resultFileId ? { resultFileId: d.resultFileId } : {}),
      };
    case 'schedule-return':
      return {
        // datetime-local gives Vietnam wall-clock time; the API takes an instant with its offset.
        appointmentAt: d.appointmentAt ? `${d.appointmentAt}:00+07:00` : '',
        place: d.place,
        ...(d.place === 'home' ? { address: d.address.trim() } : {}),
      };
    case 'return-result':
      return { method: d.returnMethod, ...(d.returnMethod === 'post' ? { waybill: d.waybill.trim() } : {}) };
    default:
      return undefined;
  }
}

/** Client-side checks of what each action needs; the server checks again. */
function missingFields(action: ActionType, d: Draft): string[] {
  const out: string[] = [];
  if (REASON_REQUIRED.includes(action) && !d.reason.trim()) out.push('reason');
  if (action === 'assign' && !d.assignee.trim()) out.push('data.assignee');
  if (action === 'request-supplement' && !d.missing.some((m) => m.name.trim()))
    out.push('data.missing[0].name');
  if (action === 'apologize-extend' && !d.newDueDate) out.push('data.newDueDate');
  if (action === 'request-payment' && d.amount.trim() && !(Number(d.amount) > 0)) out.push('data.amount');
  if (action === 'issue-result') {
    if (!d.number.trim()) out.push('data.number');
    if (!d.signer.trim()) out.push('data.signer');
  }
  if (action === 'return-result' && d.returnMethod === 'post' && !d.waybill.trim()) out.push('data.waybill');
  if (action === 'schedule-return') {
    if (!d.appointmentAt) out.push('data.appointmentAt');
    if (d.place === 'home' && !d.address.trim()) out.push('data.address');
  }
  return out;
}

export function ActionPanel({ dossier, user }: { dossier: Dossier; user: StaffUser }) {
  const { t } = useTranslation();
  const lang = useLang();
  const errorText = useErrorText();
  const mutation = useDossierAction(dossier.code);
  const [open, setOpen] = useState<ActionType | undefined>();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(user));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const buttonsRef = useRef<HTMLUListElement>(null);
  const focusTarget = useRef<'form' | 'error' | ActionType | undefined>(undefined);

  const actions = visibleActions(
    dossier.statusKey,
    user.roles,
    dossier.allowedActions?.map((a) => a.action),
    dossier.requiresApology,
  );

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = undefined;
    if (target === 'form') formRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    else if (target === 'error')
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    else buttonsRef.current?.querySelector<HTMLElement>(`[data-action="${target}"]`)?.focus();
  });

  const resultFiles = (dossier.files ?? []).filter((f) => f.kind === 'result');
  const start = (action: ActionType) => {
    mutation.reset();
    setDone(undefined);
    setErrors({});
    // The latest signed result is proposed; the officer may pick another or none.
    setDraft({
      ...emptyDraft(user),
      resultFileId: resultFiles.at(-1)?.id ?? '',
      // A dossier flagged at intake is returned at home: propose that place and method.
      ...(dossier.homeService ? { place: 'home', returnMethod: 'home' } : {}),
      ...(dossier.returnAppointment?.place === 'home' ? { returnMethod: 'home' } : {}),
    });
    setOpen(action);
    focusTarget.current = 'form';
  };
  const cancel = () => {
    focusTarget.current = open;
    setOpen(undefined);
    mutation.reset();
  };
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!open) return;
    const missing = missingFields(open, draft);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((p) => [p, t('intake.requiredField')])));
      focusTarget.current = 'error';
      return;
    }
    setErrors({});
    const action = open;
    mutation.mutate(
      { action, reason: draft.reason.trim() || undefined, data: dataFor(action, draft) },
      {
        onSuccess: () => {
          setOpen(undefined);
          setDone(actionText(action, undefined, lang));
        },
        onError: (err) => {
          if (err instanceof ApiError && err.fields.length > 0) {
            setErrors(fieldErrorMap(err.fields, lang));
            focusTarget.current = 'error';
          }
          if (err instanceof ApiError && err.status === 409) setOpen(undefined);
        },
      },
    );
  };

  const err = (path: string) => errors[path];
  const reasonRequired = open ? REASON_REQUIRED.includes(open) : false;
  const shownPaths = new Set(['reason', 'data.assignee', 'data.newDueDate', 'data.amount', 'data.number']);
  const otherErrors = Object.entries(errors).filter(([p]) => !shownPaths.has(p) && !p.startsWith('data.'));

  return (
    <section className="action-panel" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('dossierPage.actions')}</h2>
      <div aria-live="polite">
        {done && (
          <p className="alert alert-success" role="status">
            {t('dossierPage.done', { action: done })}
          </p>
        )}
        {mutation.isError && !open && (
          <div className="alert alert-error" role="alert">
            <p>{errorText(mutation.error)}</p>
          </div>
        )}
      </div>
      {actions.length === 0 ? (
        <p className="muted">{t('dossierPage.noActions')}</p>
      ) : (
        <ul className="action-buttons" ref={buttonsRef}>
          {actions.map((a) => (
            <li key={a}>
              <button
                type="button"
                data-action={a}
                className={`button ${DANGER.includes(a) ? 'button-danger' : open === a ? 'button-primary' : 'button-secondary'}`}
                aria-expanded={open === a}
                aria-controls={open === a ? 'action-form' : undefined}
                onClick={() => (open === a ? cancel() : start(a))}
              >
                {actionText(a, undefined, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}

      {open && (
        <form id="action-form" ref={formRef} className="form-card action-form" onSubmit={submit} noValidate>
          <h3>{actionText(open, undefined, lang)}</h3>
          {open === 'assign' && (
            <TextField
              id="act-assignee"
              label={t('dossierPage.assignee')}
              hint={t('dossierPage.assigneeHint')}
              value={draft.assignee}
              onChange={(v) => set({ assignee: v })}
              error={err('data.assignee')}
              autoCapitalize="none"
              spellCheck={false}
              required
            />
          )}
          {open === 'request-supplement' && (
            <fieldset className="missing-rows">
              <legend>{t('intake.step3')}</legend>
              {draft.missing.map((m, i) => (
                <div key={m.key} className="field-grid">
                  <TextField
                    id={`act-missing-${m.key}-name`}
                    label={t('dossierPage.missingName', { n: i + 1 })}
                    value={m.name}
                    onChange={(v) =>
                      set({ missing: draft.missing.map((x) => (x.key === m.key ? { ...x, name: v } : x)) })
                    }
                    error={err(`data.missing[${i}].name`)}
                  />
                  <TextField
                    id={`act-missing-${m.key}-reason`}
                    label={t('dossierPage.missingReason', { n: i + 1 })}
                    value={m.reason}
                    onChange={(v) =>
                      set({ missing: draft.missing.map((x) => (x.key === m.key ? { ...x, reason: v } : x)) })
                    }
                    error={err(`data.missing[${i}].reason`)}
                  />
                </div>
              ))}
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => set({ missing: [...draft.missing, { key: rowKey++, name: '', reason: '' }] })}
              >
                + {t('dossierPage.addMissing')}
              </button>
            </fieldset>
          )}
          {open === 'apologize-extend' && (
            <TextField
              id="act-newDueDate"
              type="date"
              label={t('dossierPage.newDueDate')}
              hint={t('dossierPage.extendHint')}
              value={draft.newDueDate}
              onChange={(v) => set({ newDueDate: v })}
              error={err('data.newDueDate')}
              min={dossier.dueDate ?? undefined}
              required
            />
          )}
          {open === 'request-payment' && (
            <TextField
              id="act-amount"
              type="number"
              inputMode="numeric"
              min={1}
              label={t('dossierPage.amount')}
              hint={t('dossierPage.amountHint')}
              value={draft.amount}
              onChange={(v) => set({ amount: v })}
              error={err('data.amount')}
            />
          )}
          {open === 'forward' && (
            <TextField
              id="act-result-name"
              label={t('dossierPage.resultName')}
              hint={t('dossierPage.resultNameHint')}
              value={draft.resultName}
              onChange={(v) => set({ resultName: v })}
              error={err('data.resultName')}
            />
          )}
          {open === 'record-payment' && (
            <>
              <div className="field-group">
                <label htmlFor="act-method">{t('dossierPage.paymentMethod')}</label>
                <select
                  id="act-method"
                  value={draft.method}
                  onChange={(e) => set({ method: e.target.value })}
                >
                  <option value="cash">{t('dossierPage.payCash')}</option>
                  <option value="transfer">{t('dossierPage.payTransfer')}</option>
                  <option value="online">{t('dossierPage.payOnline')}</option>
                </select>
              </div>
              <TextField
                id="act-reference"
                label={t('dossierPage.reference')}
                value={draft.reference}
                onChange={(v) => set({ reference: v })}
                error={err('data.reference')}
              />
            </>
          )}
          {open === 'issue-result' && (
            <div className="field-grid">
              <TextField
                id="act-number"
                label={t('dossierPage.resultNumber')}
                value={draft.number}
                onChange={(v) => set({ number: v })}
                error={err('data.number')}
                required
              />
              <TextField
                id="act-signer"
                label={t('dossierPage.signer')}
                value={draft.signer}
                onChange={(v) => set({ signer: v })}
                error={err('data.signer')}
                required
              />
            </div>
          )}
          {(open === 'issue-result' || open === 'forward') && resultFiles.length > 0 && (
            <div className="field-group">
              <label htmlFor="act-result-file">{t('files.resultFile')}</label>
              <select
                id="act-result-file"
                value={draft.resultFileId}
                onChange={(e) => set({ resultFileId: e.target.value })}
              >
                <option value="">{t('files.noResultFile')}</option>
                {resultFiles.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.fileName}
                  </option>
                ))}
              </select>
              {err('data.resultFileId') && <p className="field-error">{err('data.resultFileId')}</p>}
            </div>
          )}
          {open === 'schedule-return' && (
            <>
              <TextField
                id="act-appointment-at"
                type="datetime-local"
                label={t('dossierPage.appointmentAt')}
                value={draft.appointmentAt}
                onChange={(v) => set({ appointmentAt: v })}
                error={err('data.appointmentAt')}
                required
              />
              <div className="field-group">
                <label htmlFor="act-place">{t('dossierPage.appointmentPlace')}</label>
                <select id="act-place" value={draft.place} onChange={(e) => set({ place: e.target.value })}>
                  <option value="counter">{t('dossierPage.placeCounter')}</option>
                  <option value="home">{t('dossierPage.placeHome')}</option>
                </select>
              </div>
              {draft.place === 'home' && (
                <TextField
                  id="act-address"
                  label={t('dossierPage.homeAddress')}
                  value={draft.address}
                  onChange={(v) => set({ address: v })}
                  error={err('data.address')}
                  required
                />
              )}
            </>
          )}
          {open === 'return-result' && (
            <>
              <div className="field-group">
                <label htmlFor="act-return-method">{t('dossierPage.returnMethod')}</label>
                <select
                  id="act-return-method"
                  value={draft.returnMethod}
                  onChange={(e) => set({ returnMethod: e.target.value })}
                >
                  <option value="counter">{t('dossierPage.returnCounter')}</option>
                  <option value="post">{t('dossierPage.returnPost')}</option>
                  <option value="online">{t('dossierPage.returnOnline')}</option>
                  <option value="home">{t('dossierPage.returnHome')}</option>
                </select>
              </div>
              {draft.returnMethod === 'post' && (
                <TextField
                  id="act-waybill"
                  label={t('intake.waybill')}
                  value={draft.waybill}
                  onChange={(v) => set({ waybill: v })}
                  error={err('data.waybill')}
                  required
                />
              )}
            </>
          )}
          <div className="field-group">
            <label htmlFor="act-reason">
              {reasonRequired ? t('dossierPage.reasonRequired') : t('dossierPage.note')}
              {!reasonRequired && <span className="muted"> {t('intake.optional')}</span>}
            </label>
            <textarea
              id="act-reason"
              className="wide"
              rows={2}
              value={draft.reason}
              onChange={(e) => set({ reason: e.target.value })}
              required={reasonRequired}
              aria-invalid={err('reason') ? true : undefined}
              aria-describedby={err('reason') ? 'act-reason-error' : undefined}
            />
            {err('reason') && (
              <p id="act-reason-error" className="field-error">
                {err('reason')}
              </p>
            )}
          </div>
          {mutation.isError && (
            <div className="alert alert-error" role="alert">
              <p>{errorText(mutation.error)}</p>
              {otherErrors.length > 0 && (
                <ul>
                  {otherErrors.map(([p, m]) => (
                    <li key={p}>{m}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <p className="actions">
            <button type="submit" className="button button-primary" disabled={mutation.isPending}>
              {mutation.isPending ? t('dossierPage.sending') : t('dossierPage.confirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={cancel}>
              {t('dossierPage.cancel')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
