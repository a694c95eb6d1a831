import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../../components/ErrorMessage';
import { ApiError } from '../../../../lib/api-client';
import { useLang } from '../../../../lib/localize';
import { SUBMISSION_NS } from '../messages';

interface Props {
  name: string;
  required: boolean;
  files: { id: string; fileName: string; sizeBytes?: number }[];
  pending: boolean;
  error?: unknown;
  onAdd(file: File): void;
  onRemove?: (fileId: string) => void;
}

export const ACCEPTED_FILES = 'application/pdf,image/jpeg,image/png';

/** One dossier component: its files so far and a picker for more (PDF, JPEG, PNG; several allowed). */
export function ComponentUpload({ name, required, files, pending, error, onAdd, onRemove }: Props) {
  const { t } = useTranslation(SUBMISSION_NS);
  const generic = useErrorText();
  const lang = useLang();
  // A refused file: what is wrong with it (the field's message), not only "invalid data".
  const errorText = (e: unknown) =>
    e instanceof ApiError && e.fields.length > 0
      ? e.fields.map((f) => (lang === 'en' ? (f.messageEn ?? f.message) : f.message)).join(' ')
      : generic(e);
  const id = useId();
  return (
    <li className="upload-item">
      <label htmlFor={id} className="upload-name">
        {name} {required ? <span className="req-yes">({t('submit.required')})</span> : null}
      </label>
      {files.length > 0 && (
        <ul className="upload-files">
          {files.map((f) => (
            <li key={f.id}>
              <span className="upload-file-name">{f.fileName}</span>
              {f.sizeBytes !== undefined && (
                <span className="small muted"> · {Math.max(1, Math.round(f.sizeBytes / 1024))} KB</span>
              )}
              {onRemove && (
                <button type="button" className="button button-small" onClick={() => onRemove(f.id)}>
                  {t('submit.removeFile')}
                  <span className="visually-hidden"> {f.fileName}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="file"
        accept={ACCEPTED_FILES}
        multiple
        disabled={pending}
        onChange={(e) => {
          for (const file of Array.from(e.target.files ?? [])) onAdd(file);
          e.target.value = '';
        }}
      />
      {error ? (
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </li>
  );
}
