import type { DraftStep, DraftUpdate } from '@motcua/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api-client';
import { formatPlainDate, formatVnd } from '../../../lib/format';
import { useLang, usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { type ProcedureDetail, useProcedure } from '../../catalogue/api';
import { maskIdNumber } from '../api';
import { type Draft, myDossierHref, useDraft, useDraftFiles, useSaveDraft, useSubmitDraft } from './api';
import { ComponentUpload } from './components/ComponentUpload';
import { SUBMISSION_NS } from './messages';

const STEPS: readonly DraftStep[] = ['case', 'applicant', 'counter', 'files', 'review'];

/**
 * The online submission, one step a screen (phone first). Each "Tiếp tục" saves the draft on the server, so
 * it resumes where it was left on any device; a save another device made first is shown, not overwritten.
 */
export function DraftPage() {
  const { t } = useTranslation(SUBMISSION_NS);
  useDocumentTitle(t('submit.title'));
  const { id = '' } = useParams();
  const draft = useDraft(id);
  const procedure = useProcedure(draft.data?.procedure.code ?? '');
  if (draft.isPending || (draft.data && procedure.isPending)) return <Loading />;
  if (draft.isError) return <ErrorMessage error={draft.error} onRetry={() => void draft.refetch()} />;
  if (procedure.isError) return <ErrorMessage error={procedure.error} />;
  if (!procedure.data) return <Loading />;
  return <Wizard draft={draft.data} procedure={procedure.data} reload={() => void draft.refetch()} />;
}

function Wizard({ draft, procedure, reload }: { draft: Draft; procedure: ProcedureDetail; reload(): void }) {
  const { t } = useTranslation(SUBMISSION_NS);
  const pick = usePick();
  const save = useSaveDraft(draft.id);
  const submit = useSubmitDraft(draft.id);
  const step = draft.step;
  const index = STEPS.indexOf(step);
  const go = (to: DraftStep, change: Omit<Parameters<typeof save.mutate>[0], 'version' | 'step'> = {}) =>
    save.mutate({ version: draft.version, step: to, ...change });
  const stale = isApiError(save.error, 409);
  const procedureCase = procedure.cases?.find((c) => c.code === draft.caseCode);

  if (draft.submittedCode || submit.data) {
    const code = draft.submittedCode ?? submit.data?.code ?? '';
    return (
      <div className="citizen-submit narrow">
        <p className="alert alert-success" role="status">
          {t('submit.submitted')}
        </p>
        <h1>{pick(procedure.name, procedure.nameEn)}</h1>
        <p>
          {t('submit.codeIs')} <strong className="dossier-code">{code}</strong>
        </p>
        <p>{t('submit.submittedNext')}</p>
        <p>
          <Link className="button button-primary" to={myDossierHref(code)}>
            {t('submit.openDossier')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="citizen-submit narrow">
      <p className="eyebrow">
        {t('submit.title')} · {t('submit.stepOf', { n: index + 1, total: STEPS.length })}
      </p>
      <h1>{pick(procedure.name, procedure.nameEn)}</h1>
      <ol className="wizard-steps" aria-label={t('submit.stepsLabel')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={i < index ? 'done' : ''}>
            {t(`submit.step.${s}`)}
          </li>
        ))}
      </ol>
      {stale && (
        <div className="alert alert-warning" role="alert">
          {t('submit.staleDraft')}{' '}
          <button type="button" className="button button-small" onClick={reload}>
            {t('submit.reload')}
          </button>
        </div>
      )}
      {save.isError && !stale && <ErrorMessage error={save.error} />}
      {step === 'case' && <CaseStep procedure={procedure} draft={draft} busy={save.isPending} onNext={go} />}
      {step === 'applicant' && <ApplicantStep draft={draft} busy={save.isPending} onNext={go} />}
      {step === 'counter' && (
        <CounterStep procedure={procedure} draft={draft} busy={save.isPending} onNext={go} />
      )}
      {step === 'files' && procedureCase && (
        <FilesStep
          draft={draft}
          components={procedureCase.components ?? []}
          busy={save.isPending}
          onNext={go}
        />
      )}
      {step === 'review' && procedureCase && (
        <section className="stack">
          <h2>{t('submit.step.review')}</h2>
          <Review draft={draft} procedure={procedure} />
          {submit.isError && <ErrorMessage error={submit.error} />}
          <div className="actions">
            <button type="button" className="button" onClick={() => go('files')} disabled={save.isPending}>
              {t('submit.back')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={submit.isPending}
              onClick={() => submit.mutate()}
            >
              {submit.isPending ? t('submit.submitting') : t('submit.submit')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

type Next = (to: DraftStep, change?: Omit<DraftUpdate, 'version' | 'step'>) => void;

interface StepProps {
  procedure: ProcedureDetail;
  draft: Draft;
  busy: boolean;
  onNext: Next;
}

/** One choice among radio buttons (the case, the counter), saved with the step that follows. */
function ChoiceStep(props: {
  legend: string;
  name: string;
  options: { value: string; label: ReactNode }[];
  initial: string;
  busy: boolean;
  onBack?: () => void;
  onChoose(value: string): void;
}) {
  const { t } = useTranslation(SUBMISSION_NS);
  const [choice, setChoice] = useState(props.initial);
  return (
    <form
      className="stack"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (choice) props.onChoose(choice);
      }}
    >
      <fieldset className="choice-list">
        <legend>{props.legend}</legend>
        {props.options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name={props.name}
              value={o.value}
              checked={choice === o.value}
              onChange={() => setChoice(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      <div className="actions">
        {props.onBack && (
          <button type="button" className="button" onClick={props.onBack} disabled={props.busy}>
            {t('submit.back')}
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={props.busy || !choice}>
          {t('submit.next')}
        </button>
      </div>
    </form>
  );
}

function CaseStep({ procedure, draft, busy, onNext }: StepProps) {
  const { t } = useTranslation(SUBMISSION_NS);
  const pick = usePick();
  return (
    <ChoiceStep
      legend={t('submit.chooseCase')}
      name="case"
      options={(procedure.cases ?? []).map((c) => ({ value: c.code, label: pick(c.name, c.nameEn) }))}
      initial={draft.caseCode ?? ''}
      busy={busy}
      onChoose={(caseCode) => onNext('applicant', { caseCode })}
    />
  );
}

function ApplicantStep({ draft, busy, onNext }: { draft: Draft; busy: boolean; onNext: Next }) {
  const { t } = useTranslation(SUBMISSION_NS);
  const lang = useLang();
  const [a, setA] = useState(draft.applicant);
  const field = (key: 'phone' | 'email' | 'address', type = 'text', autoComplete?: string) => (
    <div className="field-group">
      <label htmlFor={`applicant-${key}`}>{t(`submit.applicant.${key}`)}</label>
      <input
        id={`applicant-${key}`}
        type={type}
        autoComplete={autoComplete}
        required={key === 'phone'}
        value={a[key] ?? ''}
        onChange={(e) => setA({ ...a, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <form
      className="stack form-card"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        const { phone, email, address } = a;
        // Only what the applicant may edit: the name, ID number and birth date are the identity's.
        onNext('counter', {
          applicant: { phone, ...(email ? { email } : {}), ...(address ? { address } : {}) },
        });
      }}
    >
      <p className="hint">{t('submit.applicantHint')}</p>
      <dl className="facts">
        <div>
          <dt>{t('submit.applicant.fullName')}</dt>
          <dd>{draft.applicant.fullName}</dd>
        </div>
        <div>
          <dt>{t('citizen.idNumber')}</dt>
          <dd>
            <code>{maskIdNumber(draft.applicant.idNumber)}</code> <small>({t('submit.fromIdentity')})</small>
          </dd>
        </div>
        {draft.applicant.birthDate && (
          <div>
            <dt>{t('citizen.birthDate')}</dt>
            <dd>{formatPlainDate(draft.applicant.birthDate, lang, false)}</dd>
          </div>
        )}
      </dl>
      {field('phone', 'tel', 'tel')}
      {field('email', 'email', 'email')}
      {field('address', 'text', 'street-address')}
      <div className="actions">
        <button type="button" className="button" onClick={() => onNext('case')} disabled={busy}>
          {t('submit.back')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('submit.next')}
        </button>
      </div>
    </form>
  );
}

function CounterStep({ procedure, draft, busy, onNext }: StepProps) {
  const { t } = useTranslation(SUBMISSION_NS);
  const pick = usePick();
  const counters = procedure.counters ?? [];
  return (
    <ChoiceStep
      legend={t('submit.chooseCounter')}
      name="counter"
      options={counters.map((c) => ({
        value: c.code,
        label: (
          <>
            <strong>{pick(c.name, c.nameEn)}</strong>
            {c.address && <span className="small muted"> — {c.address}</span>}
          </>
        ),
      }))}
      initial={draft.receivingAgencyCode ?? (counters.length === 1 ? (counters[0]?.code ?? '') : '')}
      busy={busy}
      onBack={() => onNext('applicant')}
      onChoose={(receivingAgencyCode) => onNext('files', { receivingAgencyCode })}
    />
  );
}

function FilesStep({
  draft,
  components,
  busy,
  onNext,
}: {
  draft: Draft;
  components: NonNullable<NonNullable<ProcedureDetail['cases']>[number]['components']>;
  busy: boolean;
  onNext: Next;
}) {
  const { t } = useTranslation(SUBMISSION_NS);
  const pick = usePick();
  const { upload, remove } = useDraftFiles(draft.id);
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  return (
    <section className="stack">
      <p className="hint">
        {t('submit.filesHint', {
          perFile: mb(draft.limits.maxFileBytes),
          total: mb(draft.limits.maxDraftBytes),
          count: draft.limits.maxFilesPerComponent,
        })}
      </p>
      <ul className="upload-list">
        {components.map((c) => (
          <ComponentUpload
            key={c.id}
            name={pick(c.name, c.nameEn)}
            required={c.required}
            files={draft.files.filter((f) => f.componentId === c.id)}
            pending={upload.isPending || remove.isPending}
            error={upload.isError && upload.variables?.componentId === c.id ? upload.error : undefined}
            onAdd={(file) => upload.mutate({ componentId: c.id, file })}
            onRemove={(fileId) => remove.mutate(fileId)}
          />
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button" onClick={() => onNext('counter')} disabled={busy}>
          {t('submit.back')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => onNext('review')}
          disabled={busy || upload.isPending}
        >
          {t('submit.next')}
        </button>
      </div>
    </section>
  );
}

function Review({ draft, procedure }: { draft: Draft; procedure: ProcedureDetail }) {
  const { t } = useTranslation(SUBMISSION_NS);
  const lang = useLang();
  const pick = usePick();
  const procedureCase = procedure.cases?.find((c) => c.code === draft.caseCode);
  const counter = procedure.counters?.find((c) => c.code === draft.receivingAgencyCode);
  const missing = (procedureCase?.components ?? []).filter(
    (c) => c.required && !draft.files.some((f) => f.componentId === c.id),
  );
  const fees = procedureCase?.fees ?? [];
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('submit.case')}</dt>
          <dd>{procedureCase ? pick(procedureCase.name, procedureCase.nameEn) : ''}</dd>
        </div>
        <div>
          <dt>{t('submit.applicant.fullName')}</dt>
          <dd>{draft.applicant.fullName}</dd>
        </div>
        <div>
          <dt>{t('submit.applicant.phone')}</dt>
          <dd>{draft.applicant.phone}</dd>
        </div>
        <div>
          <dt>{t('submit.counter')}</dt>
          <dd>{counter ? pick(counter.name, counter.nameEn) : draft.receivingAgencyCode}</dd>
        </div>
        <div>
          <dt>{t('submit.files')}</dt>
          <dd>{t('submit.fileCount', { count: draft.files.length })}</dd>
        </div>
        <div>
          <dt>{t('submit.fees')}</dt>
          <dd>
            {fees.length === 0 ? (
              t('submit.noFees')
            ) : (
              <ul className="plain-list">
                {fees.map((f) => (
                  <li key={f.name}>
                    {pick(f.name, f.nameEn)}: {formatVnd(t, lang, f.amount)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {missing.length > 0 && (
        <div className="alert alert-warning">
          <p>{t('submit.missingWarning')}</p>
          <ul>
            {missing.map((c) => (
              <li key={c.id}>{pick(c.name, c.nameEn)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
