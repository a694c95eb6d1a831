import { type DossierView, isRatableStatus } from '@motcua/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { isApiError } from '../../../lib/api-client';
import { formatPlainDate } from '../../../lib/format';
import { useLang } from '../../../lib/localize';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { StaffUser } from '../../auth/api';
import { RequireStaff } from '../../auth/components/RequireStaff';
import { useDossierNotifications } from '../../notifications/api';
import { RatingPanel } from '../../ratings/components/RatingPanel';
import { useDossier } from '../api';
import { ActionPanel } from '../components/action-panel/ActionPanel';
import { DossierFiles } from '../components/DossierFiles';
import { DueDate } from '../components/DueDate';
import { SlipLinks } from '../components/SlipLinks';
import { StatusBadge } from '../components/StatusBadge';
import { StepProgress } from '../components/StepProgress';
import { Timeline } from '../components/Timeline';
import { formatInstant } from '../dossier-format';

export function DossierPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  useDocumentTitle(t('dossierPage.docTitle', { code }));
  return <RequireStaff>{(user) => <DossierLoader code={code} user={user} />}</RequireStaff>;
}

function DossierLoader({ code, user }: { code: string; user: StaffUser }) {
  const { t } = useTranslation();
  const query = useDossier(code);
  if (query.isPending) return <Loading />;
  if (isApiError(query.error, 404) || isApiError(query.error, 403)) {
    return (
      <div className="not-found">
        <h1>{t('dossierPage.notFoundTitle')}</h1>
        <p>{t('dossierPage.notFoundText', { code })}</p>
        <p>
          <Link to="/can-bo/ho-so">{t('dossierPage.back')}</Link>
        </p>
      </div>
    );
  }
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return <DossierDetails dossier={query.data} user={user} />;
}

function channelLabel(channel: string): string {
  if (channel === 'postal') return 'dossier.channelPostal';
  if (channel === 'online') return 'dossier.channelOnline';
  return 'dossier.channelCounter';
}

function DossierDetails({ dossier: d, user }: { dossier: DossierView; user: StaffUser }) {
  const notifications = useDossierNotifications(d.code);
  const { t } = useTranslation();
  const lang = useLang();
  const extensions = d.extensions;

  return (
    <article className="dossier">
      <nav className="breadcrumb" aria-label={t('procedure.breadcrumb')}>
        <ol>
          <li>
            <Link to="/can-bo">{t('auth.staffTitle')}</Link>
          </li>
          <li>
            <Link to="/can-bo/ho-so">{t('dossierPage.back')}</Link>
          </li>
        </ol>
      </nav>
      <header className="dossier-header">
        <p className="eyebrow">{t('dossier.code')}</p>
        <h1 className="dossier-code-heading">{d.code}</h1>
        <div className="dossier-summary">
          <span>
            <span className="visually-hidden">{t('dossier.status')}: </span>
            <StatusBadge statusKey={d.statusKey} label={d.statusLabel} />
          </span>
          <span>
            <span className="muted">{t('dossier.dueDate')}: </span>
            <DueDate dueDate={d.dueDate} dueAt={d.dueAt} isOverdue={d.isOverdue} dueSoon={d.dueSoon} />
          </span>
          {d.currentStep && (
            <span>
              <span className="muted">{t('workflow.currentStep')}: </span>
              <span lang="vi" className="strong">
                {d.currentStep.name}
              </span>{' '}
              <span lang="vi">({d.currentStep.agency.name})</span>
            </span>
          )}
        </div>
      </header>

      {d.requiresApology && (
        <div className="alert alert-error apology-banner">
          <p className="strong">{t('dossierPage.apologyBanner')}</p>
        </div>
      )}
      {!d.requiresApology && d.dueSoon && d.apologyDueBy && (
        <div className="alert alert-warning apology-banner" role="status">
          <p className="strong">
            {d.apologyLate
              ? t('dossierPage.apologyDueTodayBanner')
              : t('dossierPage.apologyDueBanner', { date: formatPlainDate(d.apologyDueBy, lang) })}
          </p>
        </div>
      )}

      <div className="dossier-layout">
        <aside className="dossier-aside">
          <ActionPanel dossier={d} user={user} />
          {isRatableStatus(d.statusKey) && (
            <RatingPanel code={d.code} isCounterOfficer={user.roles.includes('counter-officer')} />
          )}
          <section className="section slips" aria-labelledby="sec-slips">
            <h2 id="sec-slips">{t('dossierPage.slips')}</h2>
            <SlipLinks slips={d.slips} />
          </section>
        </aside>
        <div className="dossier-main">
          <section className="section" aria-labelledby="sec-info">
            <h2 id="sec-info">{t('dossierPage.info')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('dossier.checkCode')}</dt>
                <dd>
                  {d.checkCode ? (
                    <code className="strong" data-testid="check-code">
                      {d.checkCode}
                    </code>
                  ) : (
                    <span className="muted">{t('dossier.noCheckCode')}</span>
                  )}
                  {d.checkCode && <span className="component-extra">{t('dossier.checkCodeHint')}</span>}
                </dd>
              </div>
              <div>
                <dt>{t('dossier.procedure')}</dt>
                <dd>
                  <span lang="vi">{d.procedure.name}</span> <code>{d.procedure.code}</code>
                  <span className="component-extra" lang="vi">
                    {t('dossier.case')}: {d.case.name}
                  </span>
                </dd>
              </div>
              <div>
                <dt>{t('dossier.applicant')}</dt>
                <dd>
                  <span className="strong">{d.applicant.fullName}</span>
                  <span className="component-extra">
                    {t('dossier.idNumber')}: {d.applicant.idNumber} · {t('dossier.phone')}:{' '}
                    {d.applicant.phone}
                    {d.applicant.email && ` · ${d.applicant.email}`}
                  </span>
                  {d.applicant.address && <span className="component-extra">{d.applicant.address}</span>}
                </dd>
              </div>
              {d.representative && (
                <div>
                  <dt>{t('dossier.representative')}</dt>
                  <dd>
                    {d.representative.fullName} ({d.representative.relation}) · {d.representative.idNumber}
                  </dd>
                </div>
              )}
              <div>
                <dt>{t('dossier.channel')}</dt>
                <dd>
                  {t(channelLabel(d.channel))}
                  {d.postalWaybill && (
                    <span className="component-extra">
                      {t('intake.waybill')}: {d.postalWaybill}
                    </span>
                  )}
                </dd>
              </div>
              {d.receivedAt && (
                <div>
                  <dt>{t('dossier.receivedAt')}</dt>
                  <dd>{formatInstant(d.receivedAt, lang)}</dd>
                </div>
              )}
              <div>
                <dt>{t('dossier.dueDate')}</dt>
                <dd>
                  <DueDate dueDate={d.dueDate} dueAt={d.dueAt} isOverdue={d.isOverdue} dueSoon={d.dueSoon} />
                  {d.pausedWorkingDays > 0 && (
                    <span className="component-extra">
                      {t('dossier.pausedDays', { count: d.pausedWorkingDays })}
                    </span>
                  )}
                </dd>
              </div>
              {d.paperFiles && (
                <div>
                  <dt>{t('dossierPage.paperFiles')}</dt>
                  <dd className={d.paperFiles.late ? 'text-danger' : undefined}>
                    {d.paperFiles.sentAt
                      ? t('dossierPage.paperSent', { at: formatInstant(d.paperFiles.sentAt, lang) })
                      : t('dossierPage.paperDue', { at: formatInstant(d.paperFiles.dueAt, lang) })}
                    {d.paperFiles.late && (
                      <span className="component-extra">{t('dossierPage.paperLate')}</span>
                    )}
                  </dd>
                </div>
              )}
              <div>
                <dt>{t('dossier.receivingAgency')}</dt>
                <dd lang="vi">{d.receivingAgency.name}</dd>
              </div>
              <div>
                <dt>{t('dossier.competentAgency')}</dt>
                <dd lang="vi">{d.competentAgency.name}</dd>
              </div>
              {extensions.length > 0 && (
                <div>
                  <dt>{t('dossierPage.extensions')}</dt>
                  <dd>
                    <ul>
                      {extensions.map((x) => (
                        <li key={x.at}>
                          {t('dossierPage.extensionItem', {
                            date: formatPlainDate(x.newDueDate, lang, false),
                            reason: x.reason,
                          })}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              )}
              {d.homeService && (
                <div>
                  <dt>{t('dossierPage.homeServiceFlag')}</dt>
                  <dd>
                    <span className="badge badge-home">
                      {t(`intake.homeReasons.${d.homeService.reason}`)}
                    </span>
                    {d.homeService.note && <span className="component-extra">{d.homeService.note}</span>}
                  </dd>
                </div>
              )}
              {d.returnAppointment && (
                <div>
                  <dt>{t('dossierPage.appointment')}</dt>
                  <dd>
                    {t('dossierPage.appointmentText', {
                      at: formatInstant(d.returnAppointment.at, lang),
                      place: t(
                        d.returnAppointment.place === 'home'
                          ? 'dossierPage.placeHome'
                          : 'dossierPage.placeCounter',
                      ),
                    })}
                    {d.returnAppointment.address && (
                      <span className="component-extra" lang="vi">
                        {d.returnAppointment.address}
                      </span>
                    )}
                  </dd>
                </div>
              )}
              {d.resultCodes.length > 0 && (
                <div>
                  <dt>{t('dossier.resultCodes')}</dt>
                  <dd>
                    {d.resultCodes.map((c) => (
                      <code key={c}>{c}</code>
                    ))}
                  </dd>
                </div>
              )}
            </dl>
          </section>

          {d.workflow.length > 0 && (
            <section className="section" aria-labelledby="sec-steps">
              <h2 id="sec-steps">{t('workflow.progress')}</h2>
              <StepProgress steps={d.steps} workflow={d.workflow} currentKey={d.currentStep?.key} />
            </section>
          )}

          <section className="section" aria-labelledby="sec-components">
            <h2 id="sec-components">{t('dossier.components')}</h2>
            <ScrollRegion label={t('dossier.components')}>
              <table className="data-table">
                <caption className="visually-hidden">{t('dossier.components')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="col-no">
                      {t('procedure.colNo')}
                    </th>
                    <th scope="col">{t('procedure.colName')}</th>
                    <th scope="col">{t('procedure.colForm')}</th>
                    <th scope="col" className="col-num">
                      {t('dossier.quantity')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.components.map((c, i) => (
                    <tr key={c.id}>
                      <td className="col-no">{i + 1}</td>
                      <td lang="vi">{c.name}</td>
                      <td>{t(`form.${c.form}`)}</td>
                      <td className="col-num">{c.quantity}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>

          <section className="section" aria-labelledby="sec-files">
            <h2 id="sec-files">{t('files.title')}</h2>
            <DossierFiles dossier={d} />
          </section>

          <section className="section" aria-labelledby="sec-timeline">
            <h2 id="sec-timeline">{t('dossierPage.timeline')}</h2>
            <Timeline
              deliveries={notifications.data ?? []}
              log={d.log}
              known={[d.receivingAgency, d.competentAgency, ...d.workflow.map((w) => w.agency)]}
            />
          </section>
        </div>
      </div>
    </article>
  );
}
