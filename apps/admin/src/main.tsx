import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@knutepunkt/ui/styles.css';
import './styles.css';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
