import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import '@knutepunkt/ui/styles.css';
import './app.css';
import { routes } from './App.tsx';
import { Providers } from './components/Providers.tsx';
import { initLocale, readInitialLocale } from './locale.ts';

const initialLocale = readInitialLocale();
initLocale(initialLocale);

// Created once, outside React (react-router's advice for data routers).
const router = createBrowserRouter(routes);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <Providers initialLocale={initialLocale}>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
