import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { HomePage } from './features/catalogue/pages/HomePage';
import { Layout } from './layout/Layout';
import { NotFoundPage } from './layout/NotFoundPage';
import { PageSkeleton } from './layout/PageSkeleton';

/**
 * A page loaded with its own chunk when first visited: a citizen's phone downloads the catalogue pages it
 * opens and never the staff console (intake, queues, dossier actions, administration). The home page is in
 * the entry chunk, the first page most visitors see, so it paints without a second round trip.
 */
function page<K extends string>(load: () => Promise<{ [key in K]: ComponentType }>, name: K) {
  const Page: ComponentType = lazy(async () => ({
    default: (await loadOrReload(load))[name] as ComponentType,
  }));
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Page />
    </Suspense>
  );
}

const RELOADED = 'motcua.chunkReload';

/**
 * A tab opened before a new release asks for chunks the new build no longer has: load the page again, once,
 * so it gets the new index.html (never cached) and its chunks, instead of showing a broken page.
 */
async function loadOrReload<T>(load: () => Promise<T>): Promise<T> {
  try {
    const module = await load();
    sessionStorage.removeItem(RELOADED);
    return module;
  } catch (error) {
    if (sessionStorage.getItem(RELOADED) === null) {
      sessionStorage.setItem(RELOADED, '1');
      window.location.reload();
      return new Promise<T>(() => {});
    }
    throw error;
  }
}

/** Routes are Vietnamese slugs: they are what citizens see, print and share. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'thu-tuc',
        element: page(() => import('./features/catalogue/pages/ResultsPage'), 'ResultsPage'),
      },
      {
        path: 'thu-tuc/:code',
        element: page(() => import('./features/catalogue/pages/ProcedurePage'), 'ProcedurePage'),
      },
      {
        path: 'lich-lam-viec',
        element: page(() => import('./features/calendar/pages/CalendarPage'), 'CalendarPage'),
      },
      {
        path: 'tra-cuu',
        element: page(() => import('./features/tracking/pages/TrackingPage'), 'TrackingPage'),
      },
      {
        path: 'tra-cuu/:code',
        element: page(() => import('./features/tracking/pages/TrackingPage'), 'TrackingPage'),
      },
      {
        path: 'tai-khoan',
        element: page(() => import('./features/citizen/pages/AccountPage'), 'AccountPage'),
      },
      {
        path: 'tai-khoan/ho-so',
        element: page(() => import('./features/citizen/submission/MyDossiersPage'), 'MyDossiersPage'),
      },
      {
        path: 'tai-khoan/ho-so/:code',
        element: page(() => import('./features/citizen/submission/MyDossierPage'), 'MyDossierPage'),
      },
      {
        path: 'tai-khoan/nop-ho-so',
        element: page(
          () => import('./features/citizen/submission/StartSubmissionPage'),
          'StartSubmissionPage',
        ),
      },
      {
        path: 'tai-khoan/nop-ho-so/:id',
        element: page(() => import('./features/citizen/submission/DraftPage'), 'DraftPage'),
      },
      // The citizen's rating of a finished dossier, with the receipt's check code (features/ratings).
      // The counter's rating tablet: no sign-in, paired once with a key.
      {
        path: 'may-danh-gia',
        element: page(() => import('./features/ratings/pages/KioskPage'), 'KioskPage'),
      },
      {
        path: 'danh-gia/:code',
        element: page(() => import('./features/ratings/pages/RatePage'), 'RatePage'),
      },
      // Anonymous reports of bribery and unlawful demands (features/reports): public, no sign-in.
      {
        path: 'phan-anh-tieu-cuc',
        element: page(() => import('./features/reports/pages/AnonymousReportPage'), 'AnonymousReportPage'),
      },
      {
        path: 'phan-anh-tieu-cuc/theo-doi',
        element: page(() => import('./features/reports/pages/FollowReportPage'), 'FollowReportPage'),
      },
      {
        path: 'can-bo/phan-anh',
        element: page(() => import('./features/reports/pages/InspectorReportsPage'), 'InspectorReportsPage'),
      },
      {
        path: 'can-bo/kiem-tra-so-lieu',
        element: page(() => import('./features/ratings/pages/IntegrityPage'), 'IntegrityPage'),
      },
      {
        path: 'can-bo/phan-anh/thong-ke',
        element: page(() => import('./features/reports/pages/InspectorStatsPage'), 'InspectorStatsPage'),
      },
      {
        path: 'can-bo/phan-anh/:id',
        element: page(() => import('./features/reports/pages/InspectorReportPage'), 'InspectorReportPage'),
      },
      // Citizen reception, leaders' dialogues and hotlines (features/reception): public, no sign-in.
      {
        path: 'tiep-cong-dan',
        element: page(() => import('./features/reception/pages/ReceptionPage'), 'ReceptionPage'),
      },
      {
        path: 'doi-thoai',
        element: page(() => import('./features/reception/pages/DialoguesPage'), 'DialoguesPage'),
      },
      {
        path: 'duong-day-nong',
        element: page(() => import('./features/reception/pages/ContactsPage'), 'ContactsPage'),
      },
      {
        path: 'can-bo/tiep-cong-dan',
        element: page(() => import('./features/reception/pages/StaffReceptionPage'), 'StaffReceptionPage'),
      },
      { path: 'dang-nhap', element: page(() => import('./features/auth/pages/LoginPage'), 'LoginPage') },
      { path: 'can-bo', element: page(() => import('./features/auth/pages/StaffHomePage'), 'StaffHomePage') },
      {
        path: 'can-bo/tiep-nhan',
        element: page(() => import('./features/dossiers/pages/IntakePage'), 'IntakePage'),
      },
      {
        path: 'can-bo/ho-so',
        element: page(() => import('./features/dossiers/pages/QueuePage'), 'QueuePage'),
      },
      {
        path: 'can-bo/cho-phe-duyet',
        element: page(() => import('./features/dossiers/pages/HeldIntakesPage'), 'HeldIntakesPage'),
      },
      {
        path: 'can-bo/ho-so/:code',
        element: page(() => import('./features/dossiers/pages/DossierPage'), 'DossierPage'),
      },
      {
        path: 'can-bo/khieu-nai-to-cao',
        element: page(() => import('./features/complaints/pages/CasesPage'), 'CasesPage'),
      },
      {
        path: 'can-bo/khieu-nai-to-cao/tiep-nhan',
        element: page(() => import('./features/complaints/pages/ReceiveCasePage'), 'ReceiveCasePage'),
      },
      {
        path: 'can-bo/khieu-nai-to-cao/:code',
        element: page(() => import('./features/complaints/pages/CasePage'), 'CasePage'),
      },
      {
        path: 'phan-anh-kien-nghi',
        element: page(() => import('./features/feedback/pages/SendFeedbackPage'), 'SendFeedbackPage'),
      },
      {
        path: 'phan-anh-kien-nghi/tra-cuu',
        element: page(() => import('./features/feedback/pages/FollowFeedbackPage'), 'FollowFeedbackPage'),
      },
      {
        path: 'phan-anh-kien-nghi/tra-cuu/:code',
        element: page(() => import('./features/feedback/pages/FollowFeedbackPage'), 'FollowFeedbackPage'),
      },
      {
        path: 'phan-anh-kien-nghi/da-tra-loi',
        element: page(() => import('./features/feedback/pages/AnsweredPage'), 'AnsweredPage'),
      },
      {
        path: 'can-bo/phan-anh-kien-nghi',
        element: page(() => import('./features/feedback/pages/InboxPage'), 'InboxPage'),
      },
      {
        path: 'can-bo/phan-anh-kien-nghi/nhap',
        element: page(() => import('./features/feedback/pages/EnterFeedbackPage'), 'EnterFeedbackPage'),
      },
      {
        path: 'can-bo/phan-anh-kien-nghi/mo-hom-thu',
        element: page(() => import('./features/feedback/pages/OpeningPage'), 'OpeningPage'),
      },
      {
        path: 'ban-noi-chung-toi-lam',
        element: page(() => import('./features/feedback/pages/ActionsTakenPage'), 'ActionsTakenPage'),
      },
      {
        path: 'can-bo/phan-anh-kien-nghi/ban-noi-chung-toi-lam',
        element: page(() => import('./features/feedback/pages/RecordActionPage'), 'RecordActionPage'),
      },
      {
        path: 'can-bo/phan-anh-kien-nghi/:code',
        element: page(() => import('./features/feedback/pages/FeedbackCasePage'), 'FeedbackCasePage'),
      },
      {
        path: 'quan-tri/lich',
        element: page(() => import('./features/calendar/pages/AdminCalendarPage'), 'AdminCalendarPage'),
      },
      {
        path: 'quan-tri/noi-tiep-nhan',
        element: page(() => import('./features/counters/pages/AdminCountersPage'), 'AdminCountersPage'),
      },
      {
        path: 'quan-tri/thong-bao',
        element: page(
          () => import('./features/notifications/pages/AdminNotificationsPage'),
          'AdminNotificationsPage',
        ),
      },
      {
        path: 'quan-tri/quy-trinh',
        element: page(() => import('./features/workflows/pages/AdminWorkflowPage'), 'AdminWorkflowPage'),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
