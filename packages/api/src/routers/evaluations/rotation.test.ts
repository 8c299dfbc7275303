import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { testDatabases } from '@knutepunkt/db/testing';
import { TEST_RAW_DATA_KEYRING } from '../../testing/raw-data-keyring.ts';
import { worldPerDatabase } from '../../testing/world-per-database.ts';
import { createKeyring, openRaw, sealRaw, sealedKeyId } from './cipher.ts';
import { resealRawData } from './rotation.ts';

describe.each(testDatabases())('rotating the raw-data key on $name', ({ open, skipReason }) => {
  const setup = worldPerDatabase(open);

  test('every value sealed under key A is re-sealed under B and opens with B alone', async (ctx) => {
    if (!setup.handle) return ctx.skip(skipReason);
    const db = setup.handle.db;
    const { collecting } = setup.world.evaluations;
    const a = TEST_RAW_DATA_KEYRING;
    // Beside the world's note (under A): two free-text answers, a quote, and one value under a key nobody has.
    const response = await db.evaluationResponse.create({
      data: { questionnaireId: collecting.questionnaireId, mode: 'paper', receivedOn: '2026-10-13' },
    });
    const text = await db.evaluationQuestion.create({
      data: { questionnaireId: collecting.questionnaireId, position: 1, kind: 'text', text: 'Annet?', options: [] },
    });
    await db.evaluationAnswer.createMany({
      data: [
        { responseId: response.id, questionId: text.id, choices: [], text: sealRaw(a, 'Fritekst om kaffen') },
        { responseId: response.id, questionId: collecting.questionId, choices: [], scale: 4 },
      ],
    });
    const theme = await db.evaluationTheme.create({
      data: { evaluationId: collecting.evaluationId, position: 0, title: 'Å bli møtt' },
    });
    const finding = await db.evaluationFinding.create({ data: { themeId: theme.id, position: 0, text: 'Godt møtt' } });
    await db.evaluationQuote.create({
      data: {
        findingId: finding.id,
        noteId: collecting.noteId,
        text: sealRaw(a, 'Lett å komme tilbake'),
        check: 'clear',
      },
    });
    const stranger = createKeyring(randomBytes(32));
    const lost = await db.evaluationQuote.create({
      data: { findingId: finding.id, text: sealRaw(stranger, 'Under en ukjent nøkkel'), check: 'clear' },
    });
    const noteBefore = await db.evaluationNote.findUniqueOrThrow({ where: { id: collecting.noteId } });

    // The world's own fixtures seal values too (its analysis has quotes): everything under A is re-sealed.
    const underA = {
      notes: await db.evaluationNote.count(),
      answers: await db.evaluationAnswer.count({ where: { text: { not: null } } }),
      quotes: (await db.evaluationQuote.count()) - 1,
    };
    expect(underA.quotes).toBeGreaterThanOrEqual(1);

    const b = randomBytes(32);
    const counts = await resealRawData(db, createKeyring(b, [a.current.key]), { batchSize: 1 });
    expect(counts).toEqual({ ...underA, unreadable: 1 });

    const onlyB = createKeyring(b);
    const note = await db.evaluationNote.findUniqueOrThrow({ where: { id: collecting.noteId } });
    expect(sealedKeyId(note.body)).toBe(onlyB.current.id);
    expect(openRaw(onlyB, note.body)).toBe(collecting.noteText);
    // A re-seal is not an edit: the revision and the time of the last save stay.
    expect(note.revision).toBe(noteBefore.revision);
    expect(note.updatedAt).toEqual(noteBefore.updatedAt);
    const answers = await db.evaluationAnswer.findMany({ where: { responseId: response.id, text: { not: null } } });
    expect(answers.map((x) => openRaw(onlyB, x.text!))).toEqual(['Fritekst om kaffen']);
    const quotes = await db.evaluationQuote.findMany({ where: { findingId: finding.id, id: { not: lost.id } } });
    expect(quotes.map((q) => openRaw(onlyB, q.text))).toEqual(['Lett å komme tilbake']);
    // The value no configured key opens is left as it was, to be dealt with by whoever holds its key.
    expect((await db.evaluationQuote.findUniqueOrThrow({ where: { id: lost.id } })).text).toBe(lost.text);

    // A second run finds nothing left to do.
    expect(await resealRawData(db, createKeyring(b, [a.current.key]))).toEqual({
      notes: 0,
      answers: 0,
      quotes: 0,
      unreadable: 1,
    });
  });
});
