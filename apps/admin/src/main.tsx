import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadMessages } from 'virtual:knutepunkt-messages';
import '@knutepunkt/ui/styles.css';
import './styles.css';
import { App } from './App.tsx';
import { initialLocale } from './locale.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The interface strings come in one chunk per language: render once the first one has arrived,
// so the first paint is in the visitor's language rather than showing keys. (`then`, not a
// top-level await: an entry that awaits makes the bundler split it into many small chunks.)
void Promise.resolve(loadMessages(initialLocale())).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
