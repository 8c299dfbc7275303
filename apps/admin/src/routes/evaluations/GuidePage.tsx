import { useEffect, useRef, useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { GuideTheme } from '@knutepunkt/domain';
import { DataTable, TextArea, TextField, useI18n } from '@knutepunkt/ui';
import { FormErrors } from '../../components/FormErrors.tsx';
import { Page } from '../../components/Page.tsx';
import { Section } from '../../components/Section.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { formatDate } from '../../format.ts';
import { useTRPC } from '../../trpc.ts';
import { moved, nextKey } from './guide-editing.ts';
import { EvaluationNav } from './EvaluationNav.tsx';

/**
 * /evalueringer/:evaluationId/intervjuguide: the lead writes the interview guide's themes and
 * questions (add, remove and move with buttons) and sees its versions. A version an interview
 * was recorded on never changes: saving then makes a new version (docs/adr/0025).
 */
export function GuidePage() {
  const { evaluationId = '' } = useParams();
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const versions = useQuery(trpc.evaluations.guideVersions.queryOptions({ evaluationId }));
  const newest = useQuery(trpc.evaluations.guide.queryOptions({ evaluationId }));
  const [themes, setThemes] = useState<GuideTheme[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (newest.data !== undefined && themes === null) setThemes(newest.data?.themes ?? []);
  }, [newest.data, themes]);
  useEffect(() => {
    if (focusAfter.current) document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });
  const save = useMutation(
    trpc.evaluations.saveGuide.mutationOptions({
      onSuccess: async (r) => {
        await queryClient.invalidateQueries(trpc.evaluations.guideVersions.pathFilter());
        await queryClient.invalidateQueries(trpc.evaluations.guide.pathFilter());
        setStatus(t(`evaluations.admin.guide.saved.${r.outcome}`, { version: r.version }));
      },
    }),
  );
  const list = themes ?? [];
  const update = (next: GuideTheme[], focusId?: string) => {
    focusAfter.current = focusId ?? null;
    setThemes(next);
    setStatus(null);
  };
  const setTheme = (i: number, theme: GuideTheme) => update(list.map((x, j) => (j === i ? theme : x)));

  return (
    <Page title={t('evaluations.admin.guide.title')} lead={<Paragraph>{t('evaluations.admin.guide.intro')}</Paragraph>}>
      <EvaluationNav evaluationId={evaluationId} />
      <StatusMessage message={status} />
      {newest.data?.inUse ? (
        <Paragraph>{t('evaluations.admin.guide.inUseNote', { version: newest.data.version })}</Paragraph>
      ) : null}
      <form
        className="kp-stack"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ evaluationId, themes: list });
        }}
      >
        <FormErrors error={save.error} />
        <ol className="kp-stack">
          {list.map((theme, i) => {
            const name = t('evaluations.admin.guide.theme', { n: i + 1 });
            return (
              <li key={theme.key} className="kp-stack">
                <TextField
                  id={`guide-${theme.key}`}
                  name={`themes.${i}.title`}
                  label={name}
                  description={t('evaluations.admin.guide.key', { key: theme.key })}
                  value={theme.title}
                  onChange={(e) => setTheme(i, { ...theme, title: e.currentTarget.value })}
                />
                <ol className="kp-stack">
                  {theme.questions.map((q, k) => {
                    const qName = t('evaluations.admin.guide.question', { n: k + 1, theme: i + 1 });
                    const setQuestions = (questions: GuideTheme['questions'], focusId?: string) =>
                      update(
                        list.map((x, j) => (j === i ? { ...theme, questions } : x)),
                        focusId,
                      );
                    return (
                      <li key={q.key} className="kp-stack">
                        <TextArea
                          id={`guide-${q.key}`}
                          name={`themes.${i}.questions.${k}.text`}
                          label={qName}
                          description={t('evaluations.admin.guide.key', { key: q.key })}
                          value={q.text}
                          rows={2}
                          onChange={(e) =>
                            setQuestions(
                              theme.questions.map((x, m) => (m === k ? { ...x, text: e.currentTarget.value } : x)),
                            )
                          }
                        />
                        <div className="kp-row">
                          <Button
                            variant="tertiary"
                            type="button"
                            disabled={k === 0}
                            onClick={() => setQuestions(moved(theme.questions, k, -1), `guide-${q.key}`)}
                          >
                            {t('evaluations.admin.guide.moveUp', { name: qName })}
                          </Button>
                          <Button
                            variant="tertiary"
                            type="button"
                            disabled={k === theme.questions.length - 1}
                            onClick={() => setQuestions(moved(theme.questions, k, 1), `guide-${q.key}`)}
                          >
                            {t('evaluations.admin.guide.moveDown', { name: qName })}
                          </Button>
                          <Button
                            variant="tertiary"
                            data-color="danger"
                            type="button"
                            onClick={() =>
                              setQuestions(
                                theme.questions.filter((_, m) => m !== k),
                                `guide-${theme.key}`,
                              )
                            }
                          >
                            {t('evaluations.admin.guide.remove', { name: qName })}
                          </Button>
                        </div>
                      </li>
                    );
                  })}
                </ol>
                <div className="kp-row">
                  <Button
                    variant="secondary"
                    type="button"
                    onClick={() => {
                      const key = nextKey(list, 'q');
                      setTheme(i, { ...theme, questions: [...theme.questions, { key, text: '' }] });
                      focusAfter.current = `guide-${key}`;
                    }}
                  >
                    {t('evaluations.admin.guide.addQuestion', { name })}
                  </Button>
                  <Button
                    variant="tertiary"
                    type="button"
                    disabled={i === 0}
                    onClick={() => update(moved(list, i, -1), `guide-${theme.key}`)}
                  >
                    {t('evaluations.admin.guide.moveUp', { name })}
                  </Button>
                  <Button
                    variant="tertiary"
                    type="button"
                    disabled={i === list.length - 1}
                    onClick={() => update(moved(list, i, 1), `guide-${theme.key}`)}
                  >
                    {t('evaluations.admin.guide.moveDown', { name })}
                  </Button>
                  <Button
                    variant="tertiary"
                    data-color="danger"
                    type="button"
                    onClick={() => update(list.filter((_, j) => j !== i))}
                  >
                    {t('evaluations.admin.guide.remove', { name })}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <div className="kp-row">
          <Button
            variant="secondary"
            type="button"
            onClick={() => {
              const key = nextKey(list, 't');
              update([...list, { key, title: '', questions: [{ key: nextKey(list, 'q'), text: '' }] }], `guide-${key}`);
            }}
          >
            {t('evaluations.admin.guide.addTheme')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('evaluations.admin.guide.save')}
          </Button>
        </div>
      </form>
      <Section title={t('evaluations.admin.guide.versions')}>
        <DataTable
          caption={t('evaluations.admin.guide.versions')}
          query={versions}
          rows={versions.data}
          rowKey={(v) => v.id}
          columns={[
            {
              id: 'version',
              header: t('evaluations.admin.guide.col.version'),
              rowHeader: true,
              cell: (v) => String(v.version),
            },
            {
              id: 'date',
              header: t('evaluations.admin.guide.col.date'),
              cell: (v) => formatDate(locale, v.createdAt),
            },
            { id: 'author', header: t('evaluations.admin.guide.col.author'), cell: (v) => v.authorName ?? '' },
            {
              id: 'inUse',
              header: t('evaluations.admin.guide.col.inUse'),
              cell: (v) =>
                v.inUse
                  ? t('evaluations.admin.guide.inUse', { n: v.interviews })
                  : t('evaluations.admin.guide.notInUse'),
            },
          ]}
          empty={t('evaluations.admin.guide.empty')}
          errorHeadingLevel={3}
        />
      </Section>
    </Page>
  );
}
