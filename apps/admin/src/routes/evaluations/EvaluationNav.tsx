import { useLocation } from 'react-router';
import { evaluationPaths, pathTo } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import { AppLink } from '../../components/AppLink.tsx';
import './evaluations.css';

/** An evaluation's parts in the admin app, in the order the work goes (docs/adr/0025). */
export const EVALUATION_PARTS = [
  'evaluation',
  'agreement',
  'plan',
  'team',
  'guide',
  'questionnaires',
  'dialogue',
  'report',
  'followUp',
  'privacy',
] as const;
export type EvaluationPart = (typeof EVALUATION_PARTS)[number];

/** The part a path belongs to: the one whose address is the longest start of it (a questionnaire is under «questionnaires»). */
export function currentPart(evaluationId: string, pathname: string): EvaluationPart | null {
  let best: { part: EvaluationPart; length: number } | null = null;
  for (const part of EVALUATION_PARTS) {
    const href = pathTo(evaluationPaths.admin[part], { evaluationId });
    const matches = part === 'evaluation' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
    if (matches && (!best || href.length > best.length)) best = { part, length: href.length };
  }
  return best?.part ?? null;
}

/**
 * The sub-navigation every page of an evaluation shows: its parts, the current one marked
 * `aria-current="page"`. The parts' own pages put it under their h1.
 */
export function EvaluationNav({ evaluationId }: { evaluationId: string }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const current = currentPart(evaluationId, pathname);
  return (
    <nav aria-label={t('evaluations.admin.setup.nav.label')} className="kp-subnav">
      <ul className="kp-subnav__list">
        {EVALUATION_PARTS.map((part) => (
          <li key={part}>
            <AppLink
              to={pathTo(evaluationPaths.admin[part], { evaluationId })}
              aria-current={part === current ? 'page' : undefined}
            >
              {t(`evaluations.admin.setup.nav.${part}`)}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
