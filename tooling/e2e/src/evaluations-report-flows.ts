import type { Page } from '@playwright/test';
import { evaluationPaths, pathTo } from '@knutepunkt/domain';
import { expect } from './fixtures.ts';
import { label } from './flows.ts';
import { t, type Locale } from './i18n.ts';
import { textLike } from './conference-flows.ts';
import type { CheckedPage } from './practice-flows.ts';
import { type TEXTS, type RunLocale, expectStatus, openPart, openWeb } from './evaluations-flows.ts';

/**
 * The lead's analysis and report in the Bruker Spør Bruker cycle (tests/evaluations-cycle.spec.ts):
 * a theme and a finding on the team's web page, with a quote that passes the re-identification
 * check; then the report's sections and a recommendation in the admin app, sent for review and
 * published.
 */
type Check = (target?: Page) => Promise<void>;
type Texts = (typeof TEXTS)[RunLocale];

export async function writeAnalysis(lead: CheckedPage, L: Locale, evaluationId: string, text: Texts): Promise<void> {
  const { page: p } = lead;
  const analysis = pathTo(evaluationPaths.web.analysis, { evaluationId });
  await openWeb(lead, analysis, t(L, 'evaluations.web.analysis.title'), false);
  const newTheme = p.getByRole('region', { name: t(L, 'evaluations.web.analysis.newTheme') });
  await newTheme.getByLabel(label(t(L, 'evaluations.web.analysis.themeTitle'))).fill(text.analysisTheme);
  await newTheme.getByRole('button', { name: t(L, 'evaluations.web.analysis.addTheme') }).click();
  const theme = p.getByRole('region', { name: text.analysisTheme, exact: true });
  await expect(theme).toBeVisible();

  await theme.locator('summary', { hasText: t(L, 'evaluations.web.analysis.addFinding') }).click();
  await theme.getByLabel(label(t(L, 'evaluations.web.analysis.findingText'))).fill(text.finding);
  await theme
    .getByRole('checkbox', {
      name: t(L, 'evaluations.web.analysis.noteLabel', {
        code: 'G1',
        kind: t(L, 'evaluations.web.analysis.interview.group'),
        question: text.questions[1],
      }),
    })
    .check();
  await theme
    .locator('form')
    .getByRole('button', { name: t(L, 'evaluations.web.analysis.addFinding'), exact: true })
    .click();
  await expect(theme.getByRole('heading', { name: t(L, 'evaluations.web.analysis.finding', { n: 1 }) })).toBeVisible();

  await theme.locator('summary', { hasText: t(L, 'evaluations.web.analysis.addQuote') }).click();
  await theme
    .getByRole('combobox', { name: t(L, 'evaluations.web.analysis.quoteFrom') })
    .selectOption({ label: `G1: ${text.questions[1]}` });
  await theme.getByLabel(label(t(L, 'evaluations.web.analysis.quoteText'))).fill(text.clean);
  await theme.getByRole('button', { name: t(L, 'evaluations.web.analysis.saveQuote') }).click();
  await expect(theme.getByText(t(L, 'evaluations.analysis.check.clear'))).toBeVisible();
  await expect(theme.getByRole('blockquote')).toContainText(text.clean);
  await lead.check();
}

export async function writeAndPublishReport(
  page: Page,
  L: Locale,
  title: string,
  text: Texts,
  expectAccessible: Check,
): Promise<void> {
  const main = page.getByRole('main');
  await openPart(page, L, 'report', t(L, 'evaluations.admin.report.title', { title }), null);
  const sections = [
    ['summary', text.summary],
    ['background', text.background],
    ['method', text.method],
    ['easyRead', text.easyRead],
  ] as const;
  for (const [key, value] of sections) {
    await main.getByRole('textbox', { name: t(L, `evaluations.report.section.${key}`), exact: true }).fill(value);
  }
  await main.getByRole('button', { name: t(L, 'evaluations.admin.report.save') }).click();
  await expectStatus(page, t(L, 'evaluations.admin.report.saved'));

  await main.getByLabel(label(t(L, 'evaluations.admin.report.recommendation.title'))).fill(text.recommendation);
  await main
    .getByRole('textbox', { name: t(L, 'evaluations.admin.report.recommendation.body'), exact: true })
    .fill(text.recommendationBody);
  await main.getByRole('button', { name: t(L, 'evaluations.admin.report.recommendation.add') }).click();
  await expectStatus(page, t(L, 'evaluations.admin.report.recommendation.added'));
  await expect(main.getByRole('heading', { name: text.recommendation })).toBeVisible();

  await main.getByRole('button', { name: t(L, 'evaluations.admin.report.sendForReview') }).click();
  await expectStatus(page, textLike(L, 'evaluations.admin.report.sendForReview.done', {}, ['count']));
  await main.getByRole('button', { name: t(L, 'evaluations.admin.report.publish'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t(L, 'evaluations.admin.report.publish.title') });
  await expect(dialog.getByText(t(L, 'evaluations.admin.report.publish.text'))).toBeVisible();
  // The question, over the report page with everything written.
  await expectAccessible();
  await dialog.getByRole('button', { name: t(L, 'evaluations.admin.report.publish'), exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expectStatus(page, textLike(L, 'evaluations.admin.report.published', {}, ['date']));
  await expectAccessible();
}
