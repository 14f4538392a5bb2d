// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $announcement } from '../../../src/components/shared/announcer.ts';
import { PictureExportButtons } from '../../../src/components/shared/PictureExportButtons.tsx';
import type { PictureFormat } from '../../../src/lib/picture/page-formats.ts';

// jsdom lays nothing out (no boxes, no Range rects, no canvas): the drawing itself is checked in Chromium
// (test/e2e/picture-export.test.ts). Here composePicture is replaced by a recorder, and these tests check what
// the buttons do with it: which parts they pass, the file names, the status and the announcement.
const composed: { parts: string[]; title: string; format: string }[] = [];
vi.mock('../../../src/components/shared/compose-picture.ts', () => ({
  composePicture: (parts: readonly Element[], title: string, format: PictureFormat) => {
    composed.push({ parts: parts.map((part) => part.id), title, format: format.id });
    return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${format.widthAttribute}"><title>${title}</title></svg>`, width: format.width, height: format.height, title };
  },
}));

let saved: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  saved = [];
  composed.length = 0;
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${String(blobs.size)}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Card({ usePageAnnouncer = false }: { readonly usePageAnnouncer?: boolean }) {
  return (
    <section className="preview">
      <article id="card" className="card">
        Ana
        <div id="inner" className="card" />
      </article>
      <PictureExportButtons title="Persona: Ana & Bo" parts=".card" within=".preview" usePageAnnouncer={usePageAnnouncer} />
    </section>
  );
}

describe('PictureExportButtons', () => {
  it('saves an SVG of the outermost matching parts, named after the title and the size, and says so', async () => {
    const user = userEvent.setup();
    render(<Card />);
    await user.click(screen.getByRole('button', { name: /^SVG\W+Persona: Ana & Bo, Slide \(16:9\)$/u }));
    // The inner .card is inside the outer one: drawn with it, not again.
    expect(composed).toEqual([{ parts: ['card'], title: 'Persona: Ana & Bo', format: 'slide' }]);
    expect(saved.map((file) => [file.name, file.blob.type])).toEqual([['persona-ana-bo-slide.svg', 'image/svg+xml;charset=utf-8']]);
    expect(screen.getByRole('status').textContent).toBe('Saved persona-ana-bo-slide.svg');
  });

  it('uses the size picked, from the keyboard', async () => {
    const user = userEvent.setup();
    render(<Card />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Picture size'));
    await user.selectOptions(screen.getByLabelText('Picture size'), 'a4-portrait');
    await user.tab();
    await user.tab();
    expect(document.activeElement?.textContent).toMatch(/^SVG/u);
    await user.keyboard('{Enter}');
    expect(composed.map((entry) => entry.format)).toEqual(['a4-portrait']);
    expect(saved.map((file) => file.name)).toEqual(['persona-ana-bo-a4-portrait.svg']);
    expect(screen.getByRole('button', { name: /^PNG\W+Persona: Ana & Bo, A4 portrait$/u })).toBeDefined();
  });

  it('tells the page announcer when asked to, and then is not a live region itself', async () => {
    const user = userEvent.setup();
    render(<Card usePageAnnouncer />);
    const before = $announcement.get().id;
    await user.click(screen.getByRole('button', { name: /^SVG/u }));
    expect($announcement.get()).toEqual({ id: before + 1, text: 'Saved persona-ana-bo-slide.svg' });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says the PNG could not be made where the browser cannot draw it (jsdom has no canvas), and offers the SVG', async () => {
    const user = userEvent.setup();
    render(<Card />);
    await user.click(screen.getByRole('button', { name: /^PNG/u }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The picture could not be made in this browser. Try the SVG file, or print the page.'));
    expect(saved).toEqual([]);
  });

  it('says so when nothing on the page matches, without throwing', async () => {
    const user = userEvent.setup();
    render(
      <div>
        <PictureExportButtons title="Nothing" parts=".missing" />
        <PictureExportButtons title="Broken" parts="[[" />
      </div>,
    );
    for (const button of screen.getAllByRole('button', { name: /^SVG/u })) await user.click(button);
    expect(composed).toEqual([]);
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toEqual([
      'There is nothing to draw yet: what the picture shows is not on the page.',
      'There is nothing to draw yet: what the picture shows is not on the page.',
    ]);
  });
});
