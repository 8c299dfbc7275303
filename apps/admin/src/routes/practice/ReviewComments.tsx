import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '@knutepunkt/ui';
import { useAccount } from '../../account.ts';
import { formatDateTime } from '../../format.ts';

export interface ReviewComment {
  id: string;
  authorId: string | null;
  author?: { id: string; name: string } | null;
  body: string;
  createdAt: string;
}

/** Comments from earlier rounds of review, oldest first, as plain text with the writer's line breaks. */
export function ReviewCommentList({ comments, label }: { comments: readonly ReviewComment[]; label?: string }) {
  const { t, locale } = useI18n();
  const account = useAccount();
  return (
    <ol className="kp-comments" aria-label={label ?? t('practice.admin.comments.list')}>
      {comments.map((comment) => {
        const date = formatDateTime(locale, comment.createdAt);
        return (
          <li key={comment.id} className="kp-comments__item">
            <Paragraph data-size="sm" className="kp-muted">
              <time dateTime={comment.createdAt}>
                {comment.authorId === account.id
                  ? t('practice.admin.comments.byYou', { date })
                  : comment.author
                    ? t('practice.admin.comments.byName', { name: comment.author.name, date })
                    : t('practice.admin.comments.by', { date })}
              </time>
            </Paragraph>
            <Paragraph className="kp-prewrap">{comment.body}</Paragraph>
          </li>
        );
      })}
    </ol>
  );
}
