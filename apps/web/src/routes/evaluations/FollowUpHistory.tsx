import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Locale } from '@knutepunkt/domain';
import { useI18n } from '@knutepunkt/ui';
import type { Outputs } from '../../trpc.ts';
import { type Fact, FactList } from '../../components/FactList.tsx';
import { formatDay } from '../practice/format.ts';

export type PublicRecommendation = Outputs['evaluations']['report']['recommendations'][number];
type Status = PublicRecommendation['statuses'][number];

/** "In progress (after 6 months)": a status with the round it answered, when it answered one. */
export function useStatusLabel() {
  const { t } = useI18n();
  return (s: Pick<Status, 'status' | 'round'>) =>
    s.round === null
      ? t(`evaluations.followUp.status.${s.status}`)
      : `${t(`evaluations.followUp.status.${s.status}`)} (${t('evaluations.followUp.round', { months: String(s.round) })})`;
}

/**
 * One recommendation's follow-up as the public and the service read it: the service's response,
 * the current status and the history, newest first. `contentLang` is the report's language:
 * what the service wrote is in it.
 */
export function RecommendationFollowUp({
  recommendation: r,
  headingLevel,
  contentLang,
}: {
  recommendation: PublicRecommendation;
  headingLevel: 3 | 4;
  contentLang: Locale;
}) {
  const { t, locale } = useI18n();
  const label = useStatusLabel();
  const [current, ...history] = r.statuses;
  const id = `oppfolging-${r.id}`;
  const facts: Fact[] = [
    [
      t('evaluations.web.followUp.response'),
      r.response ? t(`evaluations.followUp.response.${r.response}`) : t('evaluations.followUp.noResponse'),
    ],
  ];
  if (r.plannedAction)
    facts.push([t('evaluations.web.followUp.plannedAction'), <span lang={contentLang}>{r.plannedAction}</span>]);
  if (r.responsible)
    facts.push([t('evaluations.web.followUp.responsible'), <span lang={contentLang}>{r.responsible}</span>]);
  facts.push([
    t('evaluations.web.followUp.current'),
    current ? (
      <>
        {label(current)}, {formatDay(current.at, locale)}
        {current.comment ? <Paragraph lang={contentLang}>{current.comment}</Paragraph> : null}
      </>
    ) : (
      t('evaluations.followUp.noStatus')
    ),
  ]);
  return (
    <article aria-labelledby={id} className="kp-stack">
      <Heading level={headingLevel} data-size="xs" id={id} lang={contentLang}>
        {r.position + 1}. {r.title}
      </Heading>
      <FactList facts={facts} />
      {history.length > 0 ? (
        <>
          <Heading level={(headingLevel + 1) as 4 | 5} data-size="2xs">
            {t('evaluations.web.followUp.history')}
          </Heading>
          <ul className="kp-plain-list">
            {history.map((s) => (
              <li key={s.id}>
                {t('evaluations.web.followUp.historyItem', { date: formatDay(s.at, locale), status: label(s) })}
                {s.comment ? <span lang={contentLang}>: {s.comment}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
