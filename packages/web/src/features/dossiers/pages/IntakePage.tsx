import { normalizeCitizenId, validateCitizenId, validatePhone } from '@motcua/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage, useErrorText } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { ApiError } from '../../../lib/api-client';
import { useLang, usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RequireStaff } from '../../auth/components/RequireStaff';
import {
  type DossierComponent,
  type ProcedureDetail,
  useProcedure,
  useProcedureSearch,
} from '../../catalogue/api';
import {
  type Channel,
  HOME_SERVICE_REASONS,
  type HomeServiceReason,
  type IntakeBody,
  type IntakeOutcome,
  newIdempotencyKey,
  type RefusalOutcome,
  useReceiveDossier,
  useRefuseAtCounter,
} from '../api';
import { TextField } from '../components/TextField';
import { fieldErrorMap, formatDue } from '../dossier-format';

const PROCEDURE_PARAM = 'thu-tuc';

export function IntakePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('intake.docTitle'));
  return (
    <RequireStaff>
      {(user) => (user.roles.includes('counter-officer') ? <Intake /> : <Forbidden />)}
    </RequireStaff>
  );
}

function Forbidden() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t('auth.forbidden')}</h1>
      <p>{t('intake.forbiddenText')}</p>
    </div>
  );
}

function Intake() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get(PROCEDURE_PARAM)?.trim() ?? '';
  const choose = (c: string) => setParams(c ? { [PROCEDURE_PARAM]: c } : {});

  return (
    <div className="intake">
      <p className="eyebrow">{t('auth.staffTitle')}</p>
      <h1>{t('intake.heading')}</h1>
      <p className="lead">{t('intake.intro')}</p>
      {code ? (
        <ChosenProcedure key={code} code={code} onChange={() => choose('')} />
      ) : (
        <ProcedurePicker onChoose={choose} />
      )}
    </div>
  );
}

function ProcedurePicker({ onChoose }: { onChoose: (code: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setQ(input.trim());
  };
  return (
    <section className="section intake-step" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('intake.step1')}</h2>
      <search>
        <form className="search-form" onSubmit={submit}>
          <label htmlFor={id} className="search-label">
            {t('intake.searchLabel')}
          </label>
          <div className="search-row">
            <input
              id={id}
              type="search"
              value={input}
              onChange={(e) => setInput(e.target.value)}
              placeholder={t('intake.searchPlaceholder')}
              autoComplete="off"
            />
            <button type="submit" className="button button-primary">
              {t('intake.search')}
            </button>
          </div>
        </form>
      </search>
      {q && <ProcedureResults q={q} onChoose={onChoose} />}
    </section>
  );
}

function ProcedureResults({ q, onChoose }: { q: string; onChoose: (code: string) => void }) {
  const { t } = useTranslation();
  const pick = usePick();
  const search = useProcedureSearch({ q, pageSize: 8 });
  if (search.isPending) return <Loading />;
  if (search.isError) return <ErrorMessage error={search.error} onRetry={() => void search.refetch()} />;
  if (search.data.items.length === 0) return <p role="status">{t('intake.noResults')}</p>;
  return (
    <ul className="pick-list">
      {search.data.items.map((p) => {
        const name = pick(p.name, p.nameEn);
        return (
          <li key={p.code}>
            <span>
              <span className="strong">{name}</span> <code>{p.code}</code>
            </span>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={t('intake.chooseLabel', { name })}
              onClick={() => onChoose(p.code)}
            >
              {t('intake.choose')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function ChosenProcedure({ code, onChange }: { code: string; onChange: () => void }) {
  const { t } = useTranslation();
  const pick = usePick();
  const query = useProcedure(code);
  return (
    <>
      <section className="section intake-step" aria-labelledby="intake-step1">
        <h2 id="intake-step1">{t('intake.step1')}</h2>
        {query.isPending && <Loading />}
        {query.isError && <ErrorMessage error={query.error} />}
        <div className="chosen-procedure">
          {query.data && (
            <p>
              <span className="strong">{pick(query.data.name, query.data.nameEn)}</span> <code>{code}</code>
            </p>
          )}
          <button type="button" className="button button-secondary button-small" onClick={onChange}>
            {t('intake.change')}
          </button>
        </div>
      </section>
      {query.data && <IntakeForm procedure={query.data} />}
    </>
  );
}

interface FormState {
  caseCode: string;
  checked: Record<string, boolean>;
  quantities: Record<string, string>;
  fullName: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
  hasRep: boolean;
  repFullName: string;
  repIdNumber: string;
  repRelation: string;
  channel: Channel;
  waybill: string;
  homeService: boolean;
  homeReason: HomeServiceReason;
}

function defaultQuantity(c: DossierComponent): string {
  if (typeof c.quantity === 'number') return String(c.quantity);
  const n = Number.parseInt(c.quantity, 10);
  return Number.isFinite(n) && n > 0 ? String(n) : '1';
}

function initialState(p: ProcedureDetail): FormState {
  const firstCase = p.cases?.[0];
  return {
    caseCode: firstCase?.code ?? '',
    checked: {},
    quantities: Object.fromEntries((firstCase?.components ?? []).map((c) => [c.id, defaultQuantity(c)])),
    fullName: '',
    idNumber: '',
    phone: '',
    email: '',
    address: '',
    hasRep: false,
    repFullName: '',
    repIdNumber: '',
    repRelation: '',
    channel: 'counter',
    waybill: '',
    homeService: false,
    homeReason: 'disability',
  };
}

type Errors = Record<string, string>;

type Outcome = IntakeOutcome | RefusalOutcome;

function IntakeForm({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const pick = usePick();
  const errorText = useErrorText();
  const receive = useReceiveDossier();
  const refuse = useRefuseAtCounter();
  const [form, setForm] = useState<FormState>(() => initialState(procedure));
  const [errors, setErrors] = useState<Errors>({});
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [refusing, setRefusing] = useState(false);
  // The summary alert appears only once the officer has tried to send (not for an inline check on blur).
  const [attempted, setAttempted] = useState(false);
  const [refuseReason, setRefuseReason] = useState('');
  const idemKey = useRef<string | undefined>(undefined);
  const sentIds = useRef<string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useRef(false);

  const cases = procedure.cases ?? [];
  const current = cases.find((c) => c.code === form.caseCode) ?? cases[0];
  const components = current?.components ?? [];

  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });

  const update = (patch: Partial<FormState>) => {
    // A changed dossier is a new submission: the next attempt gets a fresh Idempotency-Key.
    idemKey.current = undefined;
    setForm((f) => ({ ...f, ...patch }));
  };
  const clearError = (...paths: string[]) =>
    setErrors((e) => {
      if (!paths.some((p) => p in e)) return e;
      const next = { ...e };
      for (const p of paths) delete next[p];
      return next;
    });

  const chooseCase = (code: string) => {
    const c = cases.find((x) => x.code === code);
    update({
      caseCode: code,
      checked: {},
      quantities: Object.fromEntries((c?.components ?? []).map((x) => [x.id, defaultQuantity(x)])),
    });
  };
  const tickRequired = () => {
    update({
      checked: {
        ...form.checked,
        ...Object.fromEntries(components.filter((c) => c.required).map((c) => [c.id, true])),
      },
    });
    clearError('components');
  };

  const validateId = (value: string): string | undefined => {
    if (!value.trim()) return undefined;
    const m = validateCitizenId(normalizeCitizenId(value));
    return m ? (lang === 'en' ? m.messageEn : m.message) : undefined;
  };
  const validatePhoneField = (value: string): string | undefined => {
    if (!value.trim()) return undefined;
    const m = validatePhone(value);
    return m ? (lang === 'en' ? m.messageEn : m.message) : undefined;
  };
  const blurCheck = (path: string, message: string | undefined) =>
    setErrors((e) => {
      const next = { ...e };
      if (message) next[path] = message;
      else delete next[path];
      return next;
    });

  const applicant = () => ({
    fullName: form.fullName.trim(),
    idNumber: normalizeCitizenId(form.idNumber),
    phone: form.phone.trim(),
    email: form.email.trim() || undefined,
    address: form.address.trim() || undefined,
  });

  const clientErrors = (withDossier: boolean): Errors => {
    const out: Errors = {};
    const required = t('intake.requiredField');
    if (!form.fullName.trim()) out['applicant.fullName'] = required;
    if (!form.idNumber.trim()) out['applicant.idNumber'] = required;
    else {
      const m = validateId(form.idNumber);
      if (m) out['applicant.idNumber'] = m;
    }
    if (!form.phone.trim()) out['applicant.phone'] = required;
    else {
      const m = validatePhoneField(form.phone);
      if (m) out['applicant.phone'] = m;
    }
    if (!withDossier) return out;
    if (form.hasRep) {
      if (!form.repFullName.trim()) out['representative.fullName'] = required;
      if (!form.repIdNumber.trim()) out['representative.idNumber'] = required;
      else {
        const m = validateId(form.repIdNumber);
        if (m) out['representative.idNumber'] = m;
      }
      if (!form.repRelation.trim()) out['representative.relation'] = required;
    }
    if (form.channel === 'postal' && !form.waybill.trim()) out.postalWaybill = required;
    return out;
  };

  const serverErrors = (err: unknown): Errors => {
    if (!(err instanceof ApiError) || err.fields.length === 0) return {};
    const map = fieldErrorMap(err.fields, lang);
    const out: Errors = {};
    for (const [path, message] of Object.entries(map)) {
      // components[i].* refers to the i-th component sent; show it on that component's row.
      const m = /^components\[(\d+)\]/.exec(path);
      const id = m ? sentIds.current[Number(m[1])] : undefined;
      out[id ? `component.${id}` : path] = message;
    }
    return out;
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setAttempted(true);
    const found = clientErrors(true);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError.current = true;
      return;
    }
    const ticked = components.filter((c) => form.checked[c.id]);
    sentIds.current = ticked.map((c) => c.id);
    const body: IntakeBody = {
      procedureCode: procedure.code,
      caseCode: current?.code ?? '',
      channel: form.channel,
      applicant: applicant(),
      representative: form.hasRep
        ? {
            fullName: form.repFullName.trim(),
            idNumber: normalizeCitizenId(form.repIdNumber),
            relation: form.repRelation.trim(),
          }
        : undefined,
      components: ticked.map((c) => ({
        id: c.id,
        quantity: Math.max(1, Number.parseInt(form.quantities[c.id] ?? '1', 10) || 1),
      })),
      postalWaybill: form.channel === 'postal' ? form.waybill.trim() : undefined,
      homeService: form.homeService ? { reason: form.homeReason } : undefined,
    };
    // Reused on a retry of the same dossier (say, after a dropped connection): the server answers once.
    idemKey.current ??= newIdempotencyKey();
    receive.mutate(
      { body, key: idemKey.current },
      {
        onSuccess: (res) => {
          idemKey.current = undefined;
          setOutcome(res);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status < 500) idemKey.current = undefined;
          const map = serverErrors(err);
          setErrors(map);
          if (Object.keys(map).length > 0) focusFirstError.current = true;
        },
      },
    );
  };

  const submitRefusal = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setAttempted(true);
    const found = clientErrors(false);
    if (!refuseReason.trim()) found.reason = t('intake.requiredField');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError.current = true;
      return;
    }
    refuse.mutate(
      {
        procedureCode: procedure.code,
        caseCode: current?.code ?? '',
        applicant: applicant(),
        reason: refuseReason.trim(),
      },
      {
        onSuccess: (res) => setOutcome(res),
        onError: (err) => {
          const map = serverErrors(err);
          setErrors(map);
          if (Object.keys(map).length > 0) focusFirstError.current = true;
        },
      },
    );
  };

  const startOver = () => {
    receive.reset();
    refuse.reset();
    setOutcome(undefined);
    setRefusing(false);
    setRefuseReason('');
    setErrors({});
    setAttempted(false);
    idemKey.current = undefined;
    setForm(initialState(procedure));
  };
  const backToForm = () => {
    receive.reset();
    setOutcome(undefined);
  };

  if (outcome) {
    return <OutcomePanel outcome={outcome} onNew={startOver} onBack={backToForm} />;
  }

  const err = (path: string) => errors[path];
  const hasFieldErrors = attempted && Object.keys(errors).length > 0;
  const requiredMark = <span className="req req-yes">{t('intake.required')}</span>;

  return (
    <>
      <form ref={formRef} className="intake-form" onSubmit={submit} noValidate>
        {cases.length > 0 && (
          <fieldset className="section intake-step">
            <legend>
              <h2>{t('intake.step2')}</h2>
            </legend>
            <div className="radio-list">
              {cases.map((c) => (
                <label key={c.code} className="radio">
                  <input
                    type="radio"
                    name="caseCode"
                    value={c.code}
                    checked={current?.code === c.code}
                    onChange={() => chooseCase(c.code)}
                  />
                  <span>{pick(c.name, c.nameEn)}</span>
                </label>
              ))}
            </div>
            {err('caseCode') && <p className="field-error">{err('caseCode')}</p>}
          </fieldset>
        )}

        <fieldset className="section intake-step" aria-describedby="intake-check-hint">
          <legend>
            <h2>{t('intake.step3')}</h2>
          </legend>
          <p id="intake-check-hint" className="hint">
            {t('intake.checkHint')}
          </p>
          <p>
            <button type="button" className="button button-secondary" onClick={tickRequired}>
              ✓ {t('intake.tickRequired')}
            </button>
          </p>
          {err('components') && (
            <p id="intake-components-error" className="field-error">
              {err('components')}
            </p>
          )}
          <ul className="checklist">
            {components.map((c) => {
              const name = pick(c.name, c.nameEn);
              const cid = `comp-${c.id}`;
              const rowErr = err(`component.${c.id}`);
              return (
                <li key={c.id} className={rowErr ? 'checklist-item has-error' : 'checklist-item'}>
                  <input
                    id={cid}
                    type="checkbox"
                    checked={!!form.checked[c.id]}
                    onChange={(e) => {
                      update({ checked: { ...form.checked, [c.id]: e.target.checked } });
                      clearError('components', `component.${c.id}`);
                    }}
                    aria-invalid={rowErr ? true : undefined}
                    aria-describedby={rowErr ? `${cid}-error` : undefined}
                  />
                  <label htmlFor={cid} className="checklist-label">
                    <span className="visually-hidden">{t('intake.received')}: </span>
                    {name} {c.required && requiredMark}
                    <span className="component-extra">{t(`form.${c.form}`)}</span>
                  </label>
                  <span className="checklist-qty">
                    <label htmlFor={`${cid}-qty`} className="visually-hidden">
                      {t('intake.quantityLabel', { name })}
                    </label>
                    <input
                      id={`${cid}-qty`}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={99}
                      value={form.quantities[c.id] ?? '1'}
                      onChange={(e) => update({ quantities: { ...form.quantities, [c.id]: e.target.value } })}
                    />
                  </span>
                  {rowErr && (
                    <p id={`${cid}-error`} className="field-error checklist-error">
                      {rowErr}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>

        <fieldset className="section intake-step">
          <legend>
            <h2>{t('intake.step4')}</h2>
          </legend>
          <div className="field-grid">
            <TextField
              id="applicant-fullName"
              label={t('dossier.fullName')}
              value={form.fullName}
              onChange={(v) => {
                update({ fullName: v });
                clearError('applicant.fullName');
              }}
              error={err('applicant.fullName')}
              autoComplete="off"
              required
            />
            <TextField
              id="applicant-idNumber"
              label={t('dossier.idNumber')}
              value={form.idNumber}
              onChange={(v) => {
                update({ idNumber: v });
                clearError('applicant.idNumber');
              }}
              onBlur={() => blurCheck('applicant.idNumber', validateId(form.idNumber))}
              error={err('applicant.idNumber')}
              hint={t('intake.idHint')}
              inputMode="numeric"
              autoComplete="off"
              required
            />
            <TextField
              id="applicant-phone"
              label={t('dossier.phone')}
              type="tel"
              value={form.phone}
              onChange={(v) => {
                update({ phone: v });
                clearError('applicant.phone');
              }}
              onBlur={() => blurCheck('applicant.phone', validatePhoneField(form.phone))}
              error={err('applicant.phone')}
              autoComplete="off"
              required
            />
            <TextField
              id="applicant-email"
              label={
                <>
                  {t('dossier.email')} <span className="muted">{t('intake.optional')}</span>
                </>
              }
              type="email"
              value={form.email}
              onChange={(v) => {
                update({ email: v });
                clearError('applicant.email');
              }}
              error={err('applicant.email')}
              autoComplete="off"
            />
          </div>
          <TextField
            id="applicant-address"
            className="wide"
            label={
              <>
                {t('dossier.address')} <span className="muted">{t('intake.optional')}</span>
              </>
            }
            value={form.address}
            onChange={(v) => {
              update({ address: v });
              clearError('applicant.address');
            }}
            error={err('applicant.address')}
            autoComplete="off"
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.hasRep}
              onChange={(e) => update({ hasRep: e.target.checked })}
            />
            <span>{t('intake.hasRepresentative')}</span>
          </label>
          {form.hasRep && (
            <div className="field-grid sub-fields">
              <TextField
                id="rep-fullName"
                label={t('intake.repFullName')}
                value={form.repFullName}
                onChange={(v) => {
                  update({ repFullName: v });
                  clearError('representative.fullName');
                }}
                error={err('representative.fullName')}
                autoComplete="off"
                required
              />
              <TextField
                id="rep-idNumber"
                label={t('intake.repIdNumber')}
                value={form.repIdNumber}
                onChange={(v) => {
                  update({ repIdNumber: v });
                  clearError('representative.idNumber');
                }}
                onBlur={() => blurCheck('representative.idNumber', validateId(form.repIdNumber))}
                error={err('representative.idNumber')}
                inputMode="numeric"
                autoComplete="off"
                required
              />
              <TextField
                id="rep-relation"
                label={t('dossier.relation')}
                value={form.repRelation}
                onChange={(v) => {
                  update({ repRelation: v });
                  clearError('representative.relation');
                }}
                error={err('representative.relation')}
                hint={t('intake.relationHint')}
                autoComplete="off"
                required
              />
            </div>
          )}
        </fieldset>

        <fieldset className="section intake-step">
          <legend>
            <h2>{t('intake.step5')}</h2>
          </legend>
          <div className="radio-list radio-inline">
            {(['counter', 'postal'] as const).map((ch) => (
              <label key={ch} className="radio">
                <input
                  type="radio"
                  name="channel"
                  value={ch}
                  checked={form.channel === ch}
                  onChange={() => update({ channel: ch })}
                />
                <span>{t(ch === 'counter' ? 'dossier.channelCounter' : 'dossier.channelPostal')}</span>
              </label>
            ))}
          </div>
          {form.channel === 'postal' && (
            <TextField
              id="postalWaybill"
              label={t('intake.waybill')}
              value={form.waybill}
              onChange={(v) => {
                update({ waybill: v });
                clearError('postalWaybill');
              }}
              error={err('postalWaybill')}
              autoComplete="off"
              required
            />
          )}
          <label className="checkbox home-service">
            <input
              type="checkbox"
              checked={form.homeService}
              onChange={(e) => update({ homeService: e.target.checked })}
            />{' '}
            {t('intake.homeService')}
          </label>
          {form.homeService && (
            <div className="field-group">
              <label htmlFor="homeReason">{t('intake.homeReason')}</label>
              <select
                id="homeReason"
                value={form.homeReason}
                onChange={(e) => update({ homeReason: e.target.value as HomeServiceReason })}
              >
                {HOME_SERVICE_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`intake.homeReasons.${r}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>

        <div aria-live="polite">
          {receive.isError && (
            <div className="alert alert-error" role="alert">
              <p>{hasFieldErrors ? t('intake.fixErrors') : errorText(receive.error)}</p>
              <OtherErrors errors={errors} />
            </div>
          )}
          {!receive.isError && hasFieldErrors && !refusing && (
            <p className="alert alert-error">{t('intake.fixErrors')}</p>
          )}
        </div>

        <p className="actions">
          <button type="submit" className="button button-primary button-large" disabled={receive.isPending}>
            {receive.isPending ? t('intake.submitting') : t('intake.submit')}
          </button>
          {!refusing && (
            <button type="button" className="button button-danger" onClick={() => setRefusing(true)}>
              {t('intake.refuseOpen')}
            </button>
          )}
        </p>
      </form>

      {refusing && (
        <form className="section form-card refuse-card" onSubmit={submitRefusal} noValidate>
          <h2>{t('intake.refuseHeading')}</h2>
          <p className="hint">{t('intake.refuseHint')}</p>
          <div className="field-group">
            <label htmlFor="refuse-reason">{t('intake.refuseReason')}</label>
            <textarea
              id="refuse-reason"
              className="wide"
              rows={3}
              value={refuseReason}
              onChange={(e) => {
                setRefuseReason(e.target.value);
                clearError('reason');
              }}
              aria-invalid={err('reason') ? true : undefined}
              aria-describedby={err('reason') ? 'refuse-reason-error' : undefined}
              // biome-ignore lint/a11y/noAutofocus: the officer just asked for this form
              autoFocus
            />
            {err('reason') && (
              <p id="refuse-reason-error" className="field-error">
                {err('reason')}
              </p>
            )}
          </div>
          {refuse.isError && (
            <div className="alert alert-error" role="alert">
              <p>{hasFieldErrors ? t('intake.fixErrors') : errorText(refuse.error)}</p>
              <OtherErrors errors={errors} />
            </div>
          )}
          {!refuse.isError && hasFieldErrors && <p className="alert alert-error">{t('intake.fixErrors')}</p>}
          <p className="actions">
            <button type="submit" className="button button-danger" disabled={refuse.isPending}>
              {refuse.isPending ? t('intake.submitting') : t('intake.refuseSubmit')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setRefusing(false);
                refuse.reset();
              }}
            >
              {t('intake.refuseCancel')}
            </button>
          </p>
        </form>
      )}
    </>
  );
}

const SHOWN_PATHS =
  /^(applicant\.|representative\.|component\.|components$|postalWaybill$|caseCode$|reason$)/;

/** Field errors the form has no place for (procedureCode, unknown paths) are listed in the alert. */
function OtherErrors({ errors }: { errors: Errors }) {
  const other = Object.entries(errors).filter(([path]) => !SHOWN_PATHS.test(path));
  if (other.length === 0) return null;
  return (
    <ul>
      {other.map(([path, message]) => (
        <li key={path}>{message}</li>
      ))}
    </ul>
  );
}

function OutcomePanel({
  outcome,
  onNew,
  onBack,
}: {
  outcome: Outcome;
  onNew: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  if (outcome.outcome === 'received') {
    return (
      <section className="section outcome outcome-success" aria-labelledby="outcome-title">
        <h2 id="outcome-title" ref={headingRef} tabIndex={-1}>
          {t('intake.receivedTitle')}
        </h2>
        <p>{t('intake.receivedText')}</p>
        <dl className="facts">
          <div>
            <dt>{t('dossier.code')}</dt>
            <dd>
              <code className="dossier-code" data-testid="dossier-code">
                {outcome.code}
              </code>
            </dd>
          </div>
          <div>
            <dt>{t('intake.dueAt')}</dt>
            <dd className="strong">{formatDue(outcome.dueDate, outcome.dueAt, lang)}</dd>
          </div>
        </dl>
        <p className="actions">
          <a className="button button-primary" href={outcome.forms.receipt} target="_blank" rel="noopener">
            {t('intake.printReceipt')}
          </a>
          <Link className="button button-secondary" to={`/can-bo/ho-so/${encodeURIComponent(outcome.code)}`}>
            {t('intake.openDossier')}
          </Link>
          <button type="button" className="button button-secondary" onClick={onNew}>
            {t('intake.newIntake')}
          </button>
        </p>
      </section>
    );
  }

  if (outcome.outcome === 'supplement-requested') {
    return (
      <section className="section outcome outcome-warning" aria-labelledby="outcome-title">
        <h2 id="outcome-title" ref={headingRef} tabIndex={-1}>
          {t('intake.supplementTitle')}
        </h2>
        <p>{t('intake.supplementText', { number: outcome.slip.number })}</p>
        <ul className="missing-list">
          {outcome.slip.missing.map((m) => (
            <li key={m.id}>
              <span className="strong" lang="vi">
                {m.name}
              </span>{' '}
              ({t(`form.${m.form}`)}, {m.quantity})
              {m.reason && (
                <span className="component-extra" lang="vi">
                  {m.reason}
                </span>
              )}
            </li>
          ))}
        </ul>
        <p className="actions">
          <a className="button button-primary" href={outcome.forms.supplement} target="_blank" rel="noopener">
            {t('intake.printSupplement')}
          </a>
          <button type="button" className="button button-secondary" onClick={onBack}>
            {t('intake.backToForm')}
          </button>
          <button type="button" className="button button-secondary" onClick={onNew}>
            {t('intake.newIntake')}
          </button>
        </p>
      </section>
    );
  }

  return (
    <section className="section outcome outcome-refused" aria-labelledby="outcome-title">
      <h2 id="outcome-title" ref={headingRef} tabIndex={-1}>
        {t('intake.refusedTitle')}
      </h2>
      <p>{t('intake.refusedText', { number: outcome.slip.number })}</p>
      <p className="actions">
        <a className="button button-primary" href={outcome.forms.refusal} target="_blank" rel="noopener">
          {t('intake.printRefusal')}
        </a>
        <button type="button" className="button button-secondary" onClick={onNew}>
          {t('intake.newIntake')}
        </button>
      </p>
    </section>
  );
}
