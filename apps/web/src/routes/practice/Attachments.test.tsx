import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../test/render-app.tsx';
import { draftVersion, editorServer, photo, report } from './editor-fixture.ts';
import { markdownReference } from './use-upload.ts';

const MB = 1024 * 1024;

const version = (overrides: Record<string, unknown> = {}) =>
  draftVersion({ background: 'Mange var ensomme.', ...overrides });

function server(
  attachments: unknown[],
  handlers: Record<string, (input: unknown) => unknown> = {},
  working = version(),
) {
  return editorServer({
    working,
    attachments,
    handlers: {
      'practice.save': () => ({ id: 'v1', updatedAt: '2026-05-12T10:05:00.000Z', state: 'DRAFT' }),
      ...handlers,
    },
  });
}

/** A stand-in for the browser's fetch that answers the upload address only (tRPC goes through the fake server). */
function mockUpload(answer: () => Response) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    if (String(input) === '/api/practice/e1/attachments') return answer();
    throw new Error(`unexpected request to ${String(input)}`);
  });
}

/** "Slett: tur.jpg" (the file name is for screen readers; the test DOM reads a space before the colon). */
const named = (label: string, file: string) => new RegExp(`^${label} ?: ${file.replace(/[.()]/g, '\\$&')}`);

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function uploadFields() {
  const file = (await screen.findByLabelText('Velg en fil')) as HTMLInputElement;
  const alt = screen.getByRole('textbox', { name: /^Alternativ tekst/ }) as HTMLTextAreaElement;
  const button = screen.getByRole('button', { name: 'Last opp' });
  return { file, alt, button };
}

function choose(input: HTMLInputElement, file: File) {
  fireEvent.change(input, { target: { files: [file] } });
}

/** The text the field's aria-describedby points at (its description and message). */
function describedBy(element: Element): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

afterEach(() => localStorage.clear());

describe('attachments in the practice editor', () => {
  it('lists the attachments with preview, type and size, and says what may be uploaded', async () => {
    renderApp('/praksis/rediger/e1', server([photo, report]));
    const image = await screen.findByRole('img', { name: 'Fem personer på en skogsti' });
    expect(image.getAttribute('src')).toBe('/vedlegg/a1/tur.jpg');
    expect(screen.getByText('JPEG-bilde, 1,2 MB')).toBeTruthy();
    expect(screen.getByText('PDF-fil, 340 kB')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'rapport (2025).pdf' }).getAttribute('href')).toBe(
      '/vedlegg/a2/rapport%20%282025%29.pdf',
    );
    expect(screen.getByText('2 av 20 vedlegg')).toBeTruthy();
    const { file } = await uploadFields();
    expect(file.getAttribute('accept')).toContain('application/pdf');
    await waitFor(() =>
      expect(describedBy(file)).toContain(
        'Bilder (PNG, JPEG, WebP, GIF) inntil 10 MB og PDF-filer inntil 20 MB, høyst 20 vedlegg.',
      ),
    );
  });

  it('refuses a file that is too large or of the wrong type in the browser, without a request', async () => {
    const fetch = mockUpload(() => json(500, {}));
    renderApp('/praksis/rediger/e1', server([]));
    const { file, alt, button } = await uploadFields();
    fireEvent.change(alt, { target: { value: 'Et stort bilde' } });

    // Told as soon as it is chosen: at the field, and said by the screen reader.
    const tooLarge = 'Bildet er for stort. Et bilde kan være høyst 10 MB.';
    choose(file, new File([new Uint8Array(10 * MB + 1)], 'stor.png', { type: 'image/png' }));
    await waitFor(() => expect(describedBy(file)).toContain(tooLarge));
    expect(file.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(tooLarge).some((e) => e.getAttribute('role') === 'status')).toBe(true);
    fireEvent.click(button);
    await waitFor(() => expect(document.activeElement).toBe(file));

    choose(
      file,
      new File(['hei'], 'notat.docx', {
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }),
    );
    fireEvent.click(button);
    await waitFor(() => expect(describedBy(file)).toContain('Denne filtypen kan ikke lastes opp.'));
    expect(screen.queryAllByText(tooLarge)).toHaveLength(0);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses an image without alt text, with the message at the alt text field', async () => {
    const fetch = mockUpload(() => json(500, {}));
    renderApp('/praksis/rediger/e1', server([]));
    const { file, alt, button } = await uploadFields();
    choose(file, new File([new Uint8Array([137, 80, 78, 71])], 'tur.png', { type: 'image/png' }));
    fireEvent.click(button);

    const message = 'Skriv en kort beskrivelse av bildet (alternativ tekst), så det også når dem som ikke kan se det.';
    expect(await screen.findByText(message)).toBeTruthy();
    expect(document.activeElement).toBe(alt);
    await waitFor(() => expect(describedBy(alt)).toContain(message));
    expect(alt.getAttribute('aria-invalid')).toBe('true');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('uploads with the CSRF header and language, then lists and announces the new file', async () => {
    const uploaded = {
      id: 'a3',
      exampleId: 'e1',
      fileName: 'tur.png',
      mimeType: 'image/png',
      size: 2048,
      altText: 'Kart over turen',
      createdAt: '2026-05-12T10:02:00.000Z',
      url: '/vedlegg/a3/tur.png',
    };
    const fetch = mockUpload(() => json(200, { attachment: uploaded }));
    renderApp('/praksis/rediger/e1', server([]));
    const { file, alt, button } = await uploadFields();
    const png = new File([new Uint8Array([137, 80, 78, 71])], 'tur.png', { type: 'image/png' });
    choose(file, png);
    fireEvent.change(alt, { target: { value: 'Kart over turen' } });
    fireEvent.click(button);

    expect(await screen.findByRole('img', { name: 'Kart over turen' })).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [, init] = fetch.mock.calls[0]!;
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.headers).toMatchObject({ 'x-knutepunkt-csrf': '1', 'x-locale': 'nb' });
    const body = init?.body as FormData;
    expect(body.get('altText')).toBe('Kart over turen');
    expect((body.get('file') as File).name).toBe('tur.png');

    const status = screen.getByText('«tur.png» er lastet opp.');
    expect(status.getAttribute('role')).toBe('status');
    expect(screen.getByText('1 av 20 vedlegg')).toBeTruthy();
    // Ready for the next file.
    expect(alt.value).toBe('');
  });

  it("shows the server's refusal at its field", async () => {
    mockUpload(() =>
      json(415, {
        error: {
          message: 'Denne filtypen kan ikke lastes opp.',
          data: { httpStatus: 415, fieldErrors: { file: 'Denne filtypen kan ikke lastes opp.' } },
        },
      }),
    );
    renderApp('/praksis/rediger/e1', server([]));
    const { file, button } = await uploadFields();
    choose(file, new File(['%PDF-no'], 'rapport.pdf', { type: 'application/pdf' }));
    fireEvent.click(button);
    expect(await screen.findByText('Denne filtypen kan ikke lastes opp.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(file));
  });

  it('asks before deleting, and deletes only when confirmed', async () => {
    const fake = server([photo, report], { 'practice.deleteAttachment': () => ({ ok: true }) });
    renderApp('/praksis/rediger/e1', fake);
    fireEvent.click(await screen.findByRole('button', { name: named('Slett', 'tur.jpg') }));

    const dialog = await screen.findByRole('dialog', { name: 'Slette «tur.jpg»?' });
    expect(fake.callsTo('practice.deleteAttachment')).toHaveLength(0);
    // "Avbryt" keeps it.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('practice.deleteAttachment')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: named('Slett', 'tur.jpg') }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Slett vedlegget' }));
    await waitFor(() =>
      expect(fake.callsTo('practice.deleteAttachment').map((c) => c.input)).toEqual([{ attachmentId: 'a1' }]),
    );
    expect(await screen.findByText('«tur.jpg» er slettet.')).toBeTruthy();
    expect(screen.queryByRole('img', { name: 'Fem personer på en skogsti' })).toBeNull();
    expect(screen.getByRole('link', { name: 'rapport (2025).pdf' })).toBeTruthy();
  });

  it('warns when the file to delete is used in the text', async () => {
    const working = version({ background: `Se bildet:\n\n${markdownReference(photo)}` });
    renderApp('/praksis/rediger/e1', server([photo], {}, working));
    fireEvent.click(await screen.findByRole('button', { name: named('Slett', 'tur.jpg') }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/^Vedlegget er brukt i teksten/)).toBeTruthy();
  });

  it('inserts the Markdown reference at the cursor of the last text written in', async () => {
    renderApp('/praksis/rediger/e1', server([photo, report]));
    const background = (await screen.findByRole('textbox', { name: /^Bakgrunn/ })) as HTMLTextAreaElement;
    fireEvent.focus(background);
    background.setSelectionRange(5, 5);
    fireEvent.click(screen.getByRole('button', { name: named('Sett inn i teksten', 'tur.jpg') }));
    expect(background.value).toBe('Mange ![Fem personer på en skogsti](/vedlegg/a1/tur.jpg) var ensomme.');
    expect(screen.getByText('«tur.jpg» er satt inn i «Bakgrunn».')).toBeTruthy();

    // The next one follows the first; a PDF becomes a link, its parentheses kept out of the address.
    fireEvent.click(screen.getByRole('button', { name: named('Sett inn i teksten', 'rapport (2025).pdf') }));
    expect(background.value).toBe(
      'Mange ![Fem personer på en skogsti](/vedlegg/a1/tur.jpg) [rapport (2025).pdf](/vedlegg/a2/rapport%20%282025%29.pdf) var ensomme.',
    );
  });

  it('copies the code when no text has had focus yet', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp('/praksis/rediger/e1', server([photo]));
    fireEvent.click(await screen.findByRole('button', { name: named('Sett inn i teksten', 'tur.jpg') }));
    expect(
      await screen.findByText('Koden for «tur.jpg» er kopiert. Lim den inn der du vil ha den i teksten.'),
    ).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('![Fem personer på en skogsti](/vedlegg/a1/tur.jpg)');
  });

  it('shows the code to copy by hand when the clipboard cannot be used', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    renderApp('/praksis/rediger/e1', server([report]));
    fireEvent.click(await screen.findByRole('button', { name: named('Sett inn i teksten', 'rapport (2025).pdf') }));
    const code = (await screen.findByRole('textbox', { name: 'Kode for «rapport (2025).pdf»' })) as HTMLTextAreaElement;
    expect(code.value).toBe('[rapport (2025).pdf](/vedlegg/a2/rapport%20%282025%29.pdf)');
    expect(code.readOnly).toBe(true);
  });

  it('changes an alt text in place', async () => {
    const fake = server([photo], {
      'practice.updateAttachment': (input) => ({ ...photo, ...(input as object), url: '/vedlegg/a1/tur.jpg' }),
    });
    renderApp('/praksis/rediger/e1', fake);
    fireEvent.click(await screen.findByRole('button', { name: named('Endre alternativ tekst', 'tur.jpg') }));
    const field = screen.getByRole('textbox', { name: named('Alternativ tekst', 'tur.jpg') }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText(/^Skriv en kort beskrivelse av bildet/)).toBeTruthy();
    expect(fake.callsTo('practice.updateAttachment')).toHaveLength(0);

    fireEvent.change(field, { target: { value: 'Fem personer på tur i skogen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByRole('img', { name: 'Fem personer på tur i skogen' })).toBeTruthy();
    expect(fake.callsTo('practice.updateAttachment').map((c) => c.input)).toEqual([
      { attachmentId: 'a1', altText: 'Fem personer på tur i skogen' },
    ]);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: named('Endre alternativ tekst', 'tur.jpg') }),
      ),
    );
  });

  it('only lists the attachments while the version is in review', async () => {
    renderApp(
      '/praksis/rediger/e1',
      server([photo], {}, version({ state: 'IN_REVIEW', submittedAt: '2026-05-12T11:00:00.000Z' })),
    );
    expect(await screen.findByRole('img', { name: 'Fem personer på en skogsti' })).toBeTruthy();
    expect(screen.getByText(/^Vedleggene kan endres mens eksemplet er et utkast/)).toBeTruthy();
    expect(screen.queryByLabelText('Velg en fil')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Slett/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Sett inn/ })).toBeNull();
  });
});
