import {
  GOAL_STATUSES,
  MIN_GROUP,
  contributionSaveInput,
  contributionWindow,
  evaluationAnswerInput,
  evaluationResults,
  mayAnswerEvaluation,
  minutesSaveInput,
  osloLocalTime,
  placeNewRegistration,
  promotionsFor,
  registrationWindow,
  sensitiveCountsOf,
  sensitiveErasureDate,
  statusChangeProblem,
} from '@knutepunkt/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db, DbHandle } from '../client.ts';
import { testDatabases } from '../testing/index.ts';
import { seedDemo } from './index.ts';
import { DEMO_MEETING_SLUG } from './meetings.ts';

const hashPassword = vi.fn(async (plain: string) => `test-hash:${plain}`);
const DAY = 86_400_000;

/** Everything about a meeting the checks below read. */
const loadMeetings = (db: Db) =>
  db.meeting.findMany({
    where: { network: { slug: 'recovery-nettverk-midt-norge' } },
    orderBy: { startsAt: 'asc' },
    include: {
      agenda: true,
      registrations: { include: { needs: true }, orderBy: { position: 'asc' } },
      minutes: true,
      actionPoints: { include: { updates: { orderBy: { createdAt: 'asc' } }, organisations: true } },
      contributionCall: { include: { prompts: { include: { goals: true }, orderBy: { position: 'asc' } } } },
      contributions: { include: { answers: true, goalAnswers: true, organisation: true } },
      evaluation: true,
      evaluationRespondents: true,
      evaluationAnswers: true,
    },
  });
type Meetings = Awaited<ReturnType<typeof loadMeetings>>;

describe.each(testDatabases())('the demo seed’s meetings on $name', ({ open, skipReason }) => {
  let handle: DbHandle | null;
  let meetings: Meetings;
  let networkMemberIds: string[];
  const now = new Date();
  beforeAll(async () => {
    handle = await open();
    if (!handle) return;
    await seedDemo(handle.db, { hashPassword });
    meetings = await loadMeetings(handle.db);
    networkMemberIds = (
      await handle.db.networkMember.findMany({ where: { network: { slug: 'recovery-nettverk-midt-norge' } } })
    ).map((m) => m.organisationId);
  }, 120_000);
  afterAll(async () => handle?.close());

  const held = () => meetings.filter((m) => m.status === 'held');
  const upcoming = () => meetings.find((m) => m.slug === DEMO_MEETING_SLUG)!;

  it('has two held meetings, one in bokmål and one in nynorsk, and the upcoming one', (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    expect(meetings.map((m) => m.status)).toEqual(['held', 'held', 'published']);
    expect(
      held()
        .map((m) => m.language)
        .sort(),
    ).toEqual(['nb', 'nn']);
    for (const m of held()) {
      expect(m.endsAt.getTime()).toBeLessThan(now.getTime());
      expect(m.minutes!.language).toBe(m.language);
    }
    // About eleven and five months ago, and about six weeks ahead.
    const daysAway = meetings.map((m) => Math.round((m.startsAt.getTime() - now.getTime()) / DAY));
    expect(daysAway[0]).toBeLessThan(-300);
    expect(daysAway[1]).toBeGreaterThan(-170);
    expect(daysAway[1]).toBeLessThan(-120);
    expect(daysAway[2]).toBeGreaterThanOrEqual(42);
    for (const m of meetings) {
      const start = osloLocalTime(m.startsAt);
      expect(start.hour, m.slug).toBeGreaterThanOrEqual(9);
      expect(start.hour, m.slug).toBeLessThanOrEqual(10);
      expect(m.agenda.some((a) => a.kind === 'since_last')).toBe(true);
    }
  });

  it('the nynorsk meeting is written in nynorsk, and contributions come in both', (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const nn = held().find((m) => m.language === 'nn')!;
    expect(nn.minutes!.body).toMatch(/Samlinga i Molde|organisasjonane|sidan sist/);
    expect(nn.description).toContain('medlemene');
    const texts = meetings.flatMap((m) => m.contributions.flatMap((c) => c.answers.map((a) => a.text)));
    // Nynorsk and bokmål spellings of the same words.
    expect(texts.some((t) => /\b(ikkje|meir|saman)\b/i.test(t))).toBe(true);
    expect(texts.some((t) => /\b(ikke|mer|sammen)\b/i.test(t))).toBe(true);
  });

  it('held meetings: checked in, no-shows and cancellations, and the sensitive answers deleted after the retention time', (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    for (const m of held()) {
      const confirmed = m.registrations.filter((r) => r.status === 'confirmed');
      const came = confirmed.filter((r) => r.attended);
      expect(came.length).toBeGreaterThan(10);
      for (const r of came) {
        expect(r.attendedMarkedAt).not.toBeNull();
        expect(r.attendedMarkedById).not.toBeNull();
      }
      expect(confirmed.some((r) => !r.attended && r.attendedMarkedAt === null)).toBe(true);
      expect(m.registrations.some((r) => r.status === 'cancelled' && r.cancelledAt! < m.startsAt)).toBe(true);
      expect(m.lastPosition).toBe(m.registrations.length);
      for (const r of m.registrations) {
        expect(networkMemberIds).toContain(r.organisationId);
        expect(r.arrivedAt.getTime()).toBeLessThan(m.registrationDeadline!.getTime());
      }
      // Past endsAt + retention: erased, only counts kept.
      expect(sensitiveErasureDate(m).getTime()).toBeLessThan(now.getTime());
      expect(m.sensitiveErasedAt!.getTime()).toBeGreaterThan(sensitiveErasureDate(m).getTime());
      expect(m.sensitiveErasedAt!.getTime()).toBeLessThan(now.getTime());
      expect(sensitiveCountsOf(m.sensitiveCounts)).toMatchObject({ confirmed: confirmed.length });
      expect(m.registrations.every((r) => r.needs === null)).toBe(true);
    }
  });

  it('the upcoming meeting is nearly full, with a waiting list the registration rules explain', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const m = upcoming();
    expect(registrationWindow(m, now)).toBe('open');
    const confirmed = m.registrations.filter((r) => r.status === 'confirmed');
    const waiting = m.registrations.filter((r) => r.status === 'waiting');
    expect(m.capacity! - confirmed.length).toBeGreaterThan(0);
    expect(m.capacity! - confirmed.length).toBeLessThanOrEqual(3);
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    expect(waiting.length).toBeLessThanOrEqual(3);
    expect(m.registrations.filter((r) => r.needs !== null).length).toBeGreaterThanOrEqual(3);
    expect(m.sensitiveErasedAt).toBeNull();
    expect(m.lastPosition).toBe(m.registrations.length);

    // Replayed in arrival order, everyone got the place they have (a cancelled one had a seat).
    const seated: typeof m.registrations = [];
    for (const r of m.registrations) {
      const holding = seated.filter((s) => !s.cancelledAt || s.cancelledAt > r.arrivedAt);
      const place = placeNewRegistration(
        m,
        {
          confirmed: holding.length,
          confirmedInOrganisation: holding.filter((s) => s.organisationId === r.organisationId).length,
        },
        true,
      );
      expect(place, r.position.toString()).toBe(r.status === 'cancelled' ? 'confirmed' : r.status);
      if (place === 'confirmed') seated.push(r);
    }
    // Nobody waiting could be served now: the seats are free only to other organisations.
    expect(promotionsFor(m, m.registrations, now)).toEqual([]);

    // The demo member's organisation is under its limit, so she can still get a seat.
    const mentalHelse = (await handle.db.organisation.findUniqueOrThrow({ where: { slug: 'mental-helse-trondelag' } }))
      .id;
    const fromMentalHelse = confirmed.filter((r) => r.organisationId === mentalHelse).length;
    expect(
      placeNewRegistration(m, { confirmed: confirmed.length, confirmedInOrganisation: fromMentalHelse }, true),
    ).toBe('confirmed');
  });

  it('contributions follow the Sandnes questions and would pass the contribution rules', (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    for (const m of meetings) {
      const call = m.contributionCall!;
      expect(call.deadline.getTime()).toBeLessThan(m.startsAt.getTime());
      expect(call.prompts.map((p) => p.kind)).toEqual(['text', 'text', 'text', 'status_table']);
      const goals = call.prompts[3]!.goals;
      expect(goals.length).toBeGreaterThanOrEqual(5);
      for (const c of m.contributions) {
        expect(networkMemberIds).toContain(c.organisationId);
        expect(c.answers.map((a) => a.promptId).sort()).toEqual(call.prompts.map((p) => p.id).sort());
        expect(c.goalAnswers.map((g) => g.goalId).sort()).toEqual(goals.map((g) => g.id).sort());
        // What the editors' autosave would have sent is valid input.
        const saved = contributionSaveInput.safeParse({
          organisationId: c.organisationId,
          answers: c.answers.map((a) => ({ promptId: a.promptId, text: a.text })),
          goals: c.goalAnswers.map((g) => ({ goalId: g.goalId, status: g.status, comment: g.comment })),
        });
        expect(saved.success, c.organisation.slug).toBe(true);
        for (const g of c.goalAnswers) if (g.status) expect(GOAL_STATUSES).toContain(g.status);
        if (c.status === 'sent') expect(c.sentAt!.getTime()).toBeLessThanOrEqual(call.deadline.getTime());
        else expect(c.sentAt).toBeNull();
        expect(c.lastEditedAt!.getTime()).toBeLessThan(now.getTime());
      }
    }
    for (const m of held()) {
      expect(contributionWindow(m.contributionCall, m.status, now)).toBe('closed');
      expect(m.contributions.filter((c) => c.status === 'sent').length).toBeGreaterThanOrEqual(5);
      expect(m.contributions.some((c) => c.answers.some((a) => a.present))).toBe(true);
    }
    const next = upcoming();
    expect(contributionWindow(next.contributionCall, next.status, now)).toBe('open');
    expect(next.contributions.filter((c) => c.status === 'sent').length).toBeGreaterThanOrEqual(2);
    expect(next.contributions.filter((c) => c.status === 'draft').length).toBeGreaterThanOrEqual(1);
    // Left for the demo editor (and the e2e test) to write.
    expect(next.contributions.map((c) => c.organisation.slug)).not.toContain('trondheim-kommune');
  });

  it('published minutes (one public, one for the network) with action points in every state and their history', (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    expect(
      held()
        .map((m) => m.minutes!.visibility)
        .sort(),
    ).toEqual(['network', 'public']);
    const statuses = new Set<string>();
    for (const m of held()) {
      const minutes = m.minutes!;
      expect(minutes.publishedAt!.getTime()).toBeGreaterThan(m.endsAt.getTime());
      expect(minutes.publishedAt!.getTime()).toBeLessThan(now.getTime());
      expect(minutesSaveInput.safeParse({ body: minutes.body, language: minutes.language }).success).toBe(true);
      for (const point of m.actionPoints) {
        statuses.add(point.status);
        expect(point.organisations.length).toBeGreaterThan(0);
        for (const o of point.organisations) expect(networkMemberIds).toContain(o.organisationId);
        // Created open, every change a new row, the point's status the latest one's.
        expect(point.updates[0]!.status).toBe('open');
        expect(point.updates.at(-1)!.status).toBe(point.status);
        for (const u of point.updates) {
          expect(statusChangeProblem({ status: u.status, comment: u.comment })).toBeNull();
          expect(u.createdAt.getTime()).toBeGreaterThan(m.endsAt.getTime());
          expect(u.createdAt.getTime()).toBeLessThan(now.getTime());
          expect(u.authorId).not.toBeNull();
        }
      }
    }
    expect([...statuses].sort()).toEqual(['done', 'dropped', 'in_progress', 'open']);
    // "Siden sist" for the upcoming meeting: the open and in-progress points from both earlier meetings.
    const sinceLast = held().flatMap((m) => m.actionPoints.filter((p) => ['open', 'in_progress'].includes(p.status)));
    expect(sinceLast.length).toBeGreaterThanOrEqual(3);
    expect(new Set(sinceLast.map((p) => p.meetingId)).size).toBe(2);
    expect(sinceLast.some((p) => p.status === 'in_progress' && p.updates.at(-1)!.comment)).toBe(true);
  });

  it('evaluations: one with enough answers to show results, one with too few; stored without a link to people', (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const counts = held().map((m) => m.evaluationAnswers.length);
    expect(counts.some((n) => n >= MIN_GROUP)).toBe(true);
    expect(counts.some((n) => n > 0 && n < MIN_GROUP)).toBe(true);
    for (const m of held()) {
      const e = m.evaluation!;
      expect(e.sentAt!.getTime()).toBeGreaterThanOrEqual(m.endsAt.getTime());
      expect(e.closesAt.getTime()).toBeLessThan(now.getTime());
      expect(m.evaluationRespondents.length).toBe(m.evaluationAnswers.length);
      for (const r of m.evaluationRespondents) {
        const registration = m.registrations.find((x) => x.userId === r.userId) ?? null;
        expect(mayAnswerEvaluation(registration)).toBe(true);
      }
      for (const a of m.evaluationAnswers) {
        expect(Object.keys(a).sort()).toEqual(['answeredOn', 'id', 'meetingId', 'rating', 'texts']);
        expect(a.texts).toHaveLength(e.textQuestions.length);
        expect(evaluationAnswerInput.safeParse({ meetingId: m.id, rating: a.rating, texts: a.texts }).success).toBe(
          true,
        );
        expect(a.answeredOn.getTime()).toBeGreaterThanOrEqual(m.startsAt.getTime() - DAY);
        expect(a.answeredOn.getTime()).toBeLessThan(e.closesAt.getTime());
      }
      const results = evaluationResults(m.evaluationAnswers, e.textQuestions.length);
      expect(results.enough).toBe(m.evaluationAnswers.length >= MIN_GROUP);
      if (results.enough) {
        expect(results.mean).toBeGreaterThan(3);
        // The first question has enough written answers to be shown, the second too few.
        expect(results.texts[0]!.length).toBeGreaterThanOrEqual(MIN_GROUP);
        expect(results.texts[1]).toBeNull();
      }
    }
  });

  it('the participants are demo accounts linked to the network’s organisations', async (ctx) => {
    if (!handle) return ctx.skip(skipReason);
    const users = await handle.db.user.findMany({
      where: { email: { contains: '.deltaker@' } },
      include: { memberships: true },
    });
    expect(users.length).toBeGreaterThanOrEqual(20);
    for (const u of users) {
      expect(u.email).toMatch(/@demo\.knutepunkt\.no$/);
      expect(u.passwordHash).toBe('test-hash:demo-passord-2026');
      expect(u.isAdmin).toBe(false);
      expect(u.memberships).toHaveLength(1);
      expect(u.memberships[0]!.status).toBe('APPROVED');
      expect(networkMemberIds).toContain(u.memberships[0]!.organisationId);
    }
    // Every contribution and action-point update was written by someone allowed to write it.
    const editors = await handle.db.membership.findMany({ where: { role: 'EDITOR', status: 'APPROVED' } });
    const coordinators = await handle.db.networkCoordinator.findMany();
    for (const m of meetings) {
      for (const c of m.contributions)
        expect(
          editors.some((e) => e.userId === c.lastEditedById && e.organisationId === c.organisationId),
          c.organisation.slug,
        ).toBe(true);
      for (const point of m.actionPoints)
        for (const u of point.updates)
          expect(
            coordinators.some((c) => c.userId === u.authorId) ||
              editors.some(
                (e) =>
                  e.userId === u.authorId && point.organisations.some((o) => o.organisationId === e.organisationId),
              ),
          ).toBe(true);
    }
  });
});
