import {
  type ActionBody,
  type AvailableActionView,
  actionInputErrors,
  type DossierView,
  type StaffActionType,
} from '@motcua/core';
import { useEffect, useRef } from 'react';
import { FormProvider, type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../../components/ErrorMessage';
import { ApiError } from '../../../../lib/api-client';
import { useLang, usePick } from '../../../../lib/localize';
import type { StaffUser } from '../../../auth/api';
import type { useDossierAction } from '../../api';
import {
  errorAt,
  formName,
  otherErrors,
  placeErrors,
  resolverErrors,
  setServerErrors,
} from '../../form-errors';
import { type ActionFormValues, actionBody, defaultValues, shownName } from './action-body';
import { ACTION_FIELDS } from './action-fields';

interface Props {
  available: AvailableActionView & { action: StaffActionType };
  dossier: DossierView;
  user: StaffUser;
  mutation: ReturnType<typeof useDossierAction>;
  onDone: () => void;
  onCancel: () => void;
  /** The dossier moved on meanwhile (409): the form closes and the panel says why. */
  onConflict: () => void;
}

/**
 * One action's form: its fields, the reason (required where core requires it), and the check core's
 * actionInputErrors makes on the body before it is sent, so the officer reads what the server would say.
 */
export function ActionForm({ available, dossier, user, mutation, onDone, onCancel, onConflict }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const pick = usePick();
  const errorText = useErrorText();
  const { action, reasonRequired } = available;
  const formRef = useRef<HTMLFormElement>(null);
  const focusError = useRef(false);
  const nameOf = (path: string) => shownName(action, formName(path));

  const resolver: Resolver<ActionFormValues, unknown, ActionBody> = (values) => {
    const body = actionBody(action, values);
    const errors = actionInputErrors(body);
    return errors.length === 0
      ? { values: body, errors: {} }
      : { values: {}, errors: resolverErrors<ActionFormValues>(placeErrors(errors, lang, nameOf)) };
  };
  const form = useForm<ActionFormValues, unknown, ActionBody>({
    defaultValues: defaultValues(action, dossier, available.signer ?? '', available.agencies),
    resolver,
    shouldFocusError: false,
  });
  const { errors } = form.formState;

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);
  // After a refused check or answer: the first field in error, in the order the officer reads them.
  useEffect(() => {
    if (!focusError.current) return;
    focusError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });

  const submit = form.handleSubmit(
    (body) =>
      mutation.mutate(body, {
        onSuccess: onDone,
        onError: (err) => {
          if (!(err instanceof ApiError)) return;
          if (err.status === 409) return onConflict();
          if (err.fields.length > 0) {
            focusError.current = true;
            setServerErrors(form.setError, placeErrors(err.fields, lang, nameOf));
          }
        },
      }),
    () => {
      focusError.current = true;
    },
  );

  const Fields = ACTION_FIELDS[action];
  const reasonError = errorAt(errors, 'reason');
  const other = otherErrors(errors);
  return (
    <FormProvider {...form}>
      <form id="action-form" ref={formRef} className="form-card action-form" onSubmit={submit} noValidate>
        <h3>{pick(available.label, available.labelEn)}</h3>
        {Fields && <Fields action={action} offered={available} dossier={dossier} user={user} />}
        <div className="field-group">
          <label htmlFor="act-reason">
            {reasonRequired ? t('dossierPage.reasonRequired') : t('dossierPage.note')}
            {!reasonRequired && <span className="muted"> {t('intake.optional')}</span>}
          </label>
          <textarea
            id="act-reason"
            className="wide"
            rows={2}
            {...form.register('reason')}
            required={reasonRequired}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? 'act-reason-error' : undefined}
          />
          {reasonError && (
            <p id="act-reason-error" className="field-error">
              {reasonError}
            </p>
          )}
        </div>
        {(mutation.isError || other.length > 0) && (
          <div className="alert alert-error" role="alert">
            <p>{mutation.isError ? errorText(mutation.error) : t('dossierPage.checkErrors')}</p>
            {other.length > 0 && (
              <ul>
                {other.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <p className="actions">
          <button type="submit" className="button button-primary" disabled={mutation.isPending}>
            {mutation.isPending ? t('dossierPage.sending') : t('dossierPage.confirm')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('dossierPage.cancel')}
          </button>
        </p>
      </form>
    </FormProvider>
  );
}
