import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { loadMessages } from 'virtual:knutepunkt-messages';
import '@knutepunkt/ui/styles.css';
import './app.css';
import { AppRoutes } from './App.tsx';
import { Providers } from './components/Providers.tsx';
import { initLocale, readInitialLocale } from './locale.ts';

const initialLocale = readInitialLocale();
initLocale(initialLocale);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The interface strings come in one chunk per language: render once the visitor's has arrived,
// so the first paint is in their language rather than showing keys. (`then`, not a top-level
// await: an entry that awaits makes the bundler split it into many small chunks.)
void Promise.resolve(loadMessages(initialLocale)).then(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers initialLocale={initialLocale}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </Providers>
    </StrictMode>,
  ),
);
