import type { DossierView, FileKind } from '@motcua/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/ErrorMessage';
import { useLang } from '../../../lib/localize';
import { fileUrl, useUploadFile } from '../api';
import { formatInstant } from '../dossier-format';

const sizeText = (bytes: number, lang: 'vi' | 'en') =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** The dossier's scans and signed results, and the upload for those who may add one now. */
export function DossierFiles({ dossier: d }: { dossier: DossierView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const errorText = useErrorText();
  const upload = useUploadFile(d.code);
  const kinds = d.canUpload;
  const files = d.files;
  const [kind, setKind] = useState<FileKind>(kinds[0] ?? 'scan');
  const [componentId, setComponentId] = useState('');
  const [done, setDone] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const componentName = (cid: string | null) => d.components.find((c) => c.id === cid)?.name;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    setDone(undefined);
    upload.mutate(
      { file, kind, componentId: kind === 'scan' && componentId ? componentId : undefined },
      {
        onSuccess: (f) => {
          setDone(f.fileName);
          if (input.current) input.current.value = '';
        },
      },
    );
  };

  return (
    <>
      {files.length === 0 ? (
        <p className="muted">{t('files.none')}</p>
      ) : (
        <ul className="file-list">
          {files.map((f) => (
            <li key={f.id}>
              <a href={fileUrl(d.code, f.id)} target="_blank" rel="noopener">
                {f.fileName}
              </a>{' '}
              <span className="badge">{t(`files.kinds.${f.kind}`)}</span>
              <span className="component-extra">
                {componentName(f.componentId) && <span lang="vi">{componentName(f.componentId)} · </span>}
                {sizeText(f.sizeBytes, lang)} · {f.uploadedBy} · {formatInstant(f.uploadedAt, lang)} ·{' '}
                <span title={f.sha256}>SHA-256 {f.sha256.slice(0, 12)}…</span>
              </span>
              {f.activeContent.length > 0 && (
                <p className="file-warning" role="note">
                  {t('files.activeContent', { names: f.activeContent.join(', ') })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {kinds.length > 0 && (
        <form className="form-card file-upload" onSubmit={submit}>
          <div className="field-grid">
            {kinds.length > 1 && (
              <div className="field-group">
                <label htmlFor={`${id}-kind`}>{t('files.kind')}</label>
                <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as FileKind)}>
                  {kinds.map((k) => (
                    <option key={k} value={k}>
                      {t(`files.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {kind === 'scan' && (
              <div className="field-group">
                <label htmlFor={`${id}-component`}>{t('files.component')}</label>
                <select
                  id={`${id}-component`}
                  value={componentId}
                  onChange={(e) => setComponentId(e.target.value)}
                >
                  <option value="">{t('files.anyComponent')}</option>
                  {d.components.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="field-group">
              <label htmlFor={`${id}-file`}>{t('files.file')}</label>
              <input
                id={`${id}-file`}
                ref={input}
                type="file"
                accept="application/pdf,image/jpeg,image/png"
                aria-describedby={`${id}-file-hint`}
                required
              />
              <p className="hint" id={`${id}-file-hint`}>
                {t('files.hint')}
              </p>
            </div>
          </div>
          <p className="actions">
            <button type="submit" className="button button-secondary" disabled={upload.isPending}>
              {upload.isPending ? t('files.uploading') : t('files.upload')}
            </button>
          </p>
          <div aria-live="polite">
            {done && (
              <p className="alert alert-success" role="status">
                {t('files.uploaded', { name: done })}
              </p>
            )}
            {upload.isError && (
              <p className="alert alert-error" role="alert">
                {errorText(upload.error)}
              </p>
            )}
          </div>
        </form>
      )}
    </>
  );
}
