/**
 * The intake form's state: react-hook-form with core's checks as its resolver, the reception and refusal
 * requests, the Idempotency-Key kept across retries of the same dossier, and the server's field errors put
 * back on the fields they name (components[i] on its checklist row).
 */
import type { IntakeOutcome, RefusalOutcome } from '@motcua/core';
import { type BaseSyntheticEvent, useEffect, useRef, useState } from 'react';
import { type FieldPath, type Resolver, useForm } from 'react-hook-form';
import { ApiError } from '../../../lib/api-client';
import { useLang } from '../../../lib/localize';
import type { ProcedureDetail } from '../../catalogue/api';
import { newIdempotencyKey, useReceiveDossier, useRefuseAtCounter } from '../api';
import { errorAt, placeErrors, resolverErrors, setServerErrors } from '../form-errors';
import {
  APPLICANT_FIELDS,
  caseOf,
  componentRows,
  type IntakeFormValues,
  initialValues,
  intakeBody,
  intakeErrors,
  intakeFieldName,
  noLimitChoice,
  quantityOnTick,
  type RefusalFormValues,
  type ReopenedSlip,
  refusalBody,
  refusalErrors,
  sentComponentIds,
} from './intake-body';

export type Outcome = IntakeOutcome | RefusalOutcome;

type FocusTarget = 'error' | 'missing' | 'form' | 'refuse-open';
const FOCUS_SELECTORS: Record<FocusTarget, string> = {
  error: '[aria-invalid="true"], [data-error-summary]',
  missing: '.checklist input[type="checkbox"]:not(:checked)',
  form: '.intake-form input:not([type="hidden"])',
  'refuse-open': '[data-refuse-open]',
};
type Name = FieldPath<IntakeFormValues>;

export function useIntakeForm(procedure: ProcedureDetail, reopen?: ReopenedSlip) {
  const lang = useLang();
  const receive = useReceiveDossier();
  const refuse = useRefuseAtCounter();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [refusing, setRefusing] = useState(false);
  const idemKey = useRef<string | undefined>(undefined);
  const sentIds = useRef<string[]>([]);
  /** Holds both forms: the first field in error is focused in reading order. */
  const containerRef = useRef<HTMLDivElement>(null);
  /**
   * Where the focus goes once the form has rendered, so that it never falls to the page body when what had
   * it goes away (issue 10): the first field in error or else the error summary, the first component still
   * to tick (back from Form 02), the form's first field (a new intake), the refusal's button (closed).
   */
  const focusNext = useRef<FocusTarget | undefined>(undefined);

  const resolver: Resolver<IntakeFormValues> = (values) => {
    const errors = intakeErrors(values);
    return errors.length === 0
      ? { values, errors: {} }
      : {
          values: {},
          errors: resolverErrors<IntakeFormValues>(
            placeErrors(errors, lang, (p) => intakeFieldName(p, values, [])),
          ),
        };
  };
  const refusalResolver: Resolver<RefusalFormValues> = (values) => {
    const errors = refusalErrors(values.reason);
    return errors.length === 0
      ? { values, errors: {} }
      : { values: {}, errors: resolverErrors<RefusalFormValues>(placeErrors(errors, lang, (p) => p)) };
  };
  const form = useForm<IntakeFormValues>({
    defaultValues: initialValues(procedure, reopen),
    resolver,
    shouldFocusError: false,
  });
  const refusal = useForm<RefusalFormValues>({
    defaultValues: { reason: '' },
    resolver: refusalResolver,
    shouldFocusError: false,
  });

  // A changed dossier is a new submission: the next attempt gets a fresh Idempotency-Key.
  useEffect(() => {
    const sub = form.watch(() => {
      idemKey.current = undefined;
    });
    return () => sub.unsubscribe();
  }, [form]);

  useEffect(() => {
    const target = focusNext.current;
    const root = containerRef.current;
    if (!target || !root) return;
    const el = root.querySelector<HTMLElement>(FOCUS_SELECTORS[target]);
    // The summary of an answer without fields shows a render later: the target waits for it.
    if (!el) return;
    focusNext.current = undefined;
    el.focus();
  });

  /** Core's check of one field: on leaving it once it has text, and again as it is corrected. */
  const recheck = (name: Name) => {
    const value = form.getValues(name);
    if (form.formState.isSubmitted || (typeof value === 'string' && value.trim())) void form.trigger(name);
    else form.clearErrors(name);
  };
  const field = (name: Name) =>
    form.register(name, {
      onBlur: () => recheck(name),
      onChange: () => {
        if (errorAt(form.formState.errors, name)) recheck(name);
      },
    });

  const serverErrors = (err: unknown) => (err instanceof ApiError ? err.fields : []);

  const submitForm = form.handleSubmit(
    (values) => {
      sentIds.current = sentComponentIds(values);
      // Reused on a retry of the same dossier (say, after a dropped connection): the server answers once.
      idemKey.current ??= newIdempotencyKey();
      receive.mutate(
        { body: intakeBody(procedure, values), key: idemKey.current },
        {
          onSuccess: (res) => {
            idemKey.current = undefined;
            setOutcome(res);
          },
          onError: (err) => {
            if (err instanceof ApiError && err.status < 500) idemKey.current = undefined;
            const fields = serverErrors(err);
            focusNext.current = 'error';
            if (fields.length === 0) return;
            setServerErrors(
              form.setError,
              placeErrors(fields, lang, (p) => intakeFieldName(p, values, sentIds.current)),
            );
          },
        },
      );
    },
    () => {
      focusNext.current = 'error';
    },
  );

  /** The button stays focusable while sending (aria-disabled): a second press waits for the answer. */
  const submit = (e?: BaseSyntheticEvent) => {
    if (receive.isPending) {
      e?.preventDefault();
      return Promise.resolve();
    }
    return submitForm(e);
  };

  const submitRefusalForm = refusal.handleSubmit(
    async ({ reason }) => {
      if (!(await form.trigger([...APPLICANT_FIELDS]))) {
        focusNext.current = 'error';
        return;
      }
      const values = form.getValues();
      refuse.mutate(refusalBody(procedure, values, reason), {
        onSuccess: (res) => setOutcome(res),
        onError: (err) => {
          const fields = serverErrors(err);
          focusNext.current = 'error';
          if (fields.length === 0) return;
          const own = fields.filter((f) => f.path === 'reason');
          const rest = placeErrors(
            fields.filter((f) => f.path !== 'reason'),
            lang,
            (p) => intakeFieldName(p, values, []),
          );
          setServerErrors(form.setError, { inline: rest.inline, other: [] });
          const reasonErrors = placeErrors(own, lang, (p) => p);
          setServerErrors(refusal.setError, { inline: reasonErrors.inline, other: rest.other });
        },
      });
    },
    () => {
      // Both are checked at once, so the officer sees every field to fix.
      void form.trigger([...APPLICANT_FIELDS]);
      focusNext.current = 'error';
    },
  );

  const submitRefusal = (e?: BaseSyntheticEvent) => {
    if (refuse.isPending) {
      e?.preventDefault();
      return Promise.resolve();
    }
    return submitRefusalForm(e);
  };

  /** Another case has another checklist: its rows start unticked. */
  const chooseCase = (caseCode: string) => {
    form.setValue('components', componentRows(caseOf(procedure, caseCode)));
    for (const [name, value] of Object.entries(noLimitChoice)) form.setValue(name as Name, value);
  };

  /** Ticks every required component (the common case of a complete dossier). */
  const tickRequired = () => {
    const components = caseOf(procedure, form.getValues('caseCode'))?.components ?? [];
    components.forEach((c, i) => {
      if (!c.required) return;
      form.setValue(`components.${i}.checked`, true, { shouldValidate: true });
      const typed = form.getValues(`components.${i}.quantity`);
      form.setValue(`components.${i}.quantity`, quantityOnTick(c, true, typed));
    });
  };

  const startOver = () => {
    receive.reset();
    refuse.reset();
    setOutcome(undefined);
    setRefusing(false);
    idemKey.current = undefined;
    form.reset(initialValues(procedure));
    refusal.reset();
    focusNext.current = 'form';
  };
  /** From the supplement slip back to the same dossier, as typed. */
  const backToForm = () => {
    receive.reset();
    setOutcome(undefined);
    focusNext.current = 'missing';
  };
  const closeRefusal = () => {
    setRefusing(false);
    refuse.reset();
    refusal.reset();
    focusNext.current = 'refuse-open';
  };

  return {
    form,
    refusal,
    receive,
    refuse,
    outcome,
    refusing,
    containerRef,
    field,
    submit,
    submitRefusal,
    chooseCase,
    tickRequired,
    startOver,
    backToForm,
    openRefusal: () => setRefusing(true),
    closeRefusal,
  };
}

export type IntakeForm = ReturnType<typeof useIntakeForm>;
