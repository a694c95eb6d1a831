import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { i18nReady } from './i18n';
import { isApiError } from './lib/api-client';
import { router } from './router';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx answer (not found, forbidden, validation) will not change on retry.
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status < 500),
    },
  },
});

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

// A reader of English waits for its dictionary (one small request) rather than see the page change language.
await i18nReady.catch(() => undefined);
const root = createRoot(container);
// The first render as a transition: React renders it in slices of a few milliseconds and lets the browser
// breathe in between, instead of one long task that a phone's slow CPU turns into hundreds of milliseconds
// of an unresponsive page (Total Blocking Time, bench/README.md). The page looks the same when it is done.
startTransition(() => {
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
});
