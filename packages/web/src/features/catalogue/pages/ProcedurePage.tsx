import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../lib/api-client';
import { formatPlainDate, formatTimeLimit, formatVnd } from '../../../lib/format';
import { useLang, usePick } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { CaseWorkflowSummary } from '../../workflows/components/CaseWorkflowSummary';
import { channelLimits, type ProcedureCase, type ProcedureDetail, qrCodeUrl, useProcedure } from '../api';
import { ComponentsTable } from '../components/ComponentsTable';
import { LevelBadge, OnlineBadge } from '../components/OnlineBadge';
import { ProcedureSummaryBox } from '../components/ProcedureSummaryBox';
import { TextBlock } from '../components/TextBlock';
import { WhereToSubmit } from '../components/WhereToSubmit';
import { officialSources } from '../sources';

export function ProcedurePage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const query = useProcedure(code);
  // The page is long (cases, documents, fees, workflows): it is rendered from the data as a background
  // render, in slices the browser can answer between, rather than in one long task when the data comes
  // (a phone's Total Blocking Time, bench/README.md). Until then the placeholder stays.
  const procedure = useDeferredValue(query.data);
  const pick = usePick();
  const notFound = isApiError(query.error, 404);
  useDocumentTitle(
    query.data
      ? pick(query.data.name, query.data.nameEn)
      : notFound
        ? t('procedure.notFoundTitle')
        : t('procedure.docTitle'),
  );

  if (notFound) return <ProcedureNotFound code={code} />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending || !procedure) return <Loading />;
  return <ProcedureView procedure={procedure} />;
}

function ProcedureNotFound({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <h1>{t('procedure.notFoundTitle')}</h1>
      <p>{t('procedure.notFoundText', { code })}</p>
      <p className="actions">
        <Link className="button button-primary" to="/thu-tuc">
          {t('procedure.searchAgain')}
        </Link>
        <Link className="button button-secondary" to="/">
          {t('common.backHome')}
        </Link>
      </p>
    </div>
  );
}

function ProcedureView({ procedure: p }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const pick = usePick();
  const name = pick(p.name, p.nameEn);
  const field = pick(p.field, p.fieldEn);
  const result = lang === 'en' && p.resultEn ? p.resultEn : p.result;
  const cases = p.cases ?? [];
  const pageUrl = p.publicUrl || (typeof window === 'undefined' ? '' : window.location.href);
  const sources = officialSources(p.source);

  return (
    <article className="procedure">
      <nav className="breadcrumb no-print" aria-label={t('procedure.breadcrumb')}>
        <ol>
          <li>
            <Link to="/">{t('nav.home')}</Link>
          </li>
          <li>
            <Link to="/thu-tuc">{t('nav.procedures')}</Link>
          </li>
          <li>
            <Link to={`/thu-tuc?field=${encodeURIComponent(p.field)}`}>{field}</Link>
          </li>
        </ol>
      </nav>

      <header className="procedure-header">
        {/* On paper the QR code sits top-right of the first page, so a printed notice can be scanned. */}
        <figure className="qr qr-print print-only">
          <img src={qrCodeUrl(p.code)} alt={t('procedure.qrAlt', { name })} width={160} height={160} />
          <figcaption>
            {t('procedure.qrCaption')}
            <span className="qr-url">{pageUrl}</span>
          </figcaption>
        </figure>
        <h1>{name}</h1>
        <p className="procedure-badges">
          <OnlineBadge level={p.onlineService} />
          <LevelBadge level={p.level} />
        </p>
      </header>

      <ProcedureSummaryBox procedure={p} />

      <div className="procedure-layout">
        <div className="procedure-main">
          <section aria-labelledby="sec-general" className="section">
            <h2 id="sec-general">{t('procedure.general')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('procedure.code')}</dt>
                <dd>
                  <code>{p.code}</code>
                </dd>
              </div>
              <div>
                <dt>{t('procedure.field')}</dt>
                <dd>{field}</dd>
              </div>
              <div>
                <dt>{t('procedure.level')}</dt>
                <dd>{t(p.level === 'commune' ? 'level.commune' : 'level.province')}</dd>
              </div>
              {p.agencyName && (
                <div>
                  <dt>{t('procedure.agency')}</dt>
                  <dd lang="vi">{p.agencyName}</dd>
                </div>
              )}
              <div>
                <dt>{t('procedure.online')}</dt>
                <dd>
                  <OnlineBadge level={p.onlineService} />
                </dd>
              </div>
              <div>
                <dt>{t('procedure.postal')}</dt>
                <dd>{p.postal ? t('procedure.postalYes') : t('procedure.postalNo')}</dd>
              </div>
              {p.paymentStopsClock && (
                <div>
                  <dt>{t('procedure.paymentWait')}</dt>
                  <dd lang="vi">
                    {t('procedure.paymentWaitExcluded', { basis: p.paymentStopsClockBasis ?? '' })}
                  </dd>
                </div>
              )}
            </dl>
          </section>

          {hasText(p.subjects) && (
            <section aria-labelledby="sec-subjects" className="section">
              <h2 id="sec-subjects">{t('procedure.subjects')}</h2>
              <TextBlock value={p.subjects} lang="vi" />
            </section>
          )}

          <section aria-labelledby="sec-requirements" className="section">
            <h2 id="sec-requirements">{t('procedure.requirements')}</h2>
            {hasText(p.requirements) ? (
              <TextBlock value={p.requirements} lang="vi" />
            ) : (
              <p>{t('procedure.noRequirements')}</p>
            )}
          </section>

          {hasText(p.steps) && (
            <section aria-labelledby="sec-steps" className="section">
              <h2 id="sec-steps">{t('procedure.steps')}</h2>
              <TextBlock value={p.steps} ordered lang="vi" />
            </section>
          )}

          {hasText(p.submission) && (
            <section aria-labelledby="sec-submission" className="section">
              <h2 id="sec-submission">{t('procedure.submission')}</h2>
              <TextBlock value={p.submission} lang="vi" />
            </section>
          )}

          <WhereToSubmit counters={p.counters ?? []} />

          {hasText(result) && (
            <section aria-labelledby="sec-result" className="section">
              <h2 id="sec-result">{t('procedure.result')}</h2>
              <TextBlock value={result} lang={lang === 'en' && p.resultEn ? 'en' : 'vi'} />
            </section>
          )}

          {cases.length > 0 && (
            <section aria-labelledby="sec-cases" className="section">
              <h2 id="sec-cases">{t('procedure.cases')}</h2>
              {cases.map((c) => (
                <CaseView key={c.code} procedure={p} procedureCase={c} showName={cases.length > 1} />
              ))}
            </section>
          )}

          {hasText(p.legalBasis) && (
            <section aria-labelledby="sec-legal" className="section">
              <h2 id="sec-legal">{t('procedure.legalBasis')}</h2>
              <TextBlock value={p.legalBasis} lang="vi" />
            </section>
          )}

          {sources.length > 0 && (
            <p className="source muted small">
              {t('procedure.source')}:{' '}
              {sources.map((src, i) => (
                <span key={src.url}>
                  {i > 0 && ' · '}
                  <a href={src.url} rel="noopener noreferrer">
                    {src.isNationalPortal ? t('procedure.nationalPortal') : src.host}
                  </a>
                </span>
              ))}
            </p>
          )}
        </div>

        <aside className="procedure-aside no-print" aria-label={t('procedure.qrCaption')}>
          <figure className="qr">
            <img
              src={qrCodeUrl(p.code)}
              alt={t('procedure.qrAlt', { name })}
              width={180}
              height={180}
              className="qr-image"
            />
            <figcaption>{t('procedure.qrCaption')}</figcaption>
          </figure>
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            {t('common.print')}
          </button>
        </aside>
      </div>
    </article>
  );
}

function CaseView({
  procedure: p,
  procedureCase: c,
  showName,
}: {
  procedure: ProcedureDetail;
  procedureCase: ProcedureCase;
  showName: boolean;
}) {
  const procedureCode = p.code;
  const { t } = useTranslation();
  const lang = useLang();
  const pick = usePick();
  const caseName = pick(c.name, c.nameEn);
  const fees = c.fees ?? [];
  const provincial = c.feeStatus === 'provincial-to-set';
  const components = c.components ?? [];
  const Heading = showName ? 'h4' : 'h3';
  return (
    <div className="case">
      {showName && (
        <h3 className="case-title">
          {t('procedure.caseLabel')}: {caseName}
        </h3>
      )}
      <dl className="facts">
        <div>
          <dt>{t('procedure.timeLimit')}</dt>
          <dd>
            <TimeLimits procedure={p} procedureCase={c} />
          </dd>
        </div>
        <div>
          <dt>{t('procedure.fees')}</dt>
          <dd>
            {provincial && <p className="strong">{t('procedure.feeProvincial')}</p>}
            {fees.length === 0 ? (
              !provincial && <span>{t('common.free')}</span>
            ) : (
              <ul className="fees">
                {fees.map((f, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fees have no id
                  <li key={i}>
                    {pick(f.name, f.nameEn)}: <strong>{formatVnd(t, lang, f.amount)}</strong>
                  </li>
                ))}
              </ul>
            )}
            {c.feeNote && (
              <p className="small muted" lang="vi">
                {c.feeNote}
              </p>
            )}
          </dd>
        </div>
      </dl>
      {components.length > 0 && (
        <>
          <Heading className="components-heading">{t('procedure.components')}</Heading>
          <ComponentsTable
            caption={
              showName ? t('procedure.componentsCaption', { name: caseName }) : t('procedure.components')
            }
            components={components}
          />
        </>
      )}
      <CaseWorkflowSummary procedureCode={procedureCode} caseCode={c.code} />
    </div>
  );
}

/** One limit, or one per channel where they differ; then the conditions that extend it. */
function TimeLimits({
  procedure: p,
  procedureCase: c,
}: {
  procedure: ProcedureDetail;
  procedureCase: ProcedureCase;
}) {
  const { t } = useTranslation();
  const pick = usePick();
  const lang = useLang();
  const perChannel = channelLimits(p, c);
  const differs = new Set(perChannel.map((x) => formatTimeLimit(t, x))).size > 1;
  const extensions = c.extensions ?? [];
  return (
    <>
      {differs ? (
        <ul className="time-limits">
          {perChannel.map((x) => (
            <li key={x.channel}>
              {t(`procedure.byChannel.${x.channel}`)}: <strong>{formatTimeLimit(t, x)}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <span className="strong">{formatTimeLimit(t, c)}</span>
      )}
      {(c.limitChanges ?? []).map((x) => (
        <p key={x.effectiveFrom} className="small">
          {t('procedure.limitChange', {
            date: formatPlainDate(x.effectiveFrom, lang),
            limit: formatTimeLimit(t, { timeLimit: x.value }),
            basis: x.basis,
          })}
        </p>
      ))}
      {extensions.length > 0 && (
        <>
          <p className="small">{t('procedure.extensionsTitle')}:</p>
          <ul className="small">
            {extensions.map((x) => (
              <li key={x.code}>
                {pick(x.name, x.nameEn)}: {t('procedure.extensionDays', { count: x.workingDays })}
              </li>
            ))}
          </ul>
        </>
      )}
      {c.agreedExtension && <p className="small">{t('procedure.agreedExtension')}</p>}
    </>
  );
}

function hasText(v: string | string[] | null | undefined): boolean {
  if (!v) return false;
  return Array.isArray(v) ? v.some((s) => s.trim() !== '') : v.trim() !== '';
}
