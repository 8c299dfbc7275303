import { useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { useStars } from './use-stars.ts';
import './conference-mine.css';

/**
 * The star by a session (docs/adr/0024): a toggle button whose name says what pressing it does
 * and whose aria-pressed says whether the session is in «Mitt program». The change is told to
 * screen readers in words, since the button's pressed state alone is easily missed.
 */
export function StarToggle({ slug, guid, title }: { slug: string; guid: string; title: string }) {
  const { t } = useI18n();
  const { starred, toggle } = useStars(slug);
  const [said, setSaid] = useState('');
  const on = starred.has(guid);
  return (
    <span className="kp-star">
      <Button
        type="button"
        variant={on ? 'primary' : 'secondary'}
        data-size="sm"
        aria-pressed={on}
        aria-label={t(on ? 'conference.web.star.remove' : 'conference.web.star.add', { title })}
        onClick={() => {
          const now = toggle(guid);
          setSaid(t(now ? 'conference.web.star.added' : 'conference.web.star.removed', { title }));
        }}
      >
        <span aria-hidden="true">{on ? '★' : '☆'}</span>
      </Button>
      <span role="status" className="kp-conf-sr">
        {said}
      </span>
    </span>
  );
}
