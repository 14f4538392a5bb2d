// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartExportButtons } from '../../../src/components/survey/ChartExportButtons.tsx';
import { IntervalChart } from '../../../src/components/survey/IntervalChart.tsx';

const CAPTION = 'NPS by region';

function ChartWithButtons() {
  const svgRef = useRef<SVGSVGElement>(null);
  return (
    <>
      <IntervalChart svgRef={svgRef} caption={CAPTION} unit="points" domain={[-100, 100]} rows={[{ id: 'a', label: 'North', n: 40, value: 12, lower: -5, upper: 29 }]} />
      <ChartExportButtons svgRef={svgRef} caption={CAPTION} />
    </>
  );
}

// jsdom has no blob: URLs and does not follow a download link: record what would be saved instead.
let saved: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  saved = [];
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

describe('ChartExportButtons', () => {
  it('saves the chart as an SVG file named after its caption and says so', async () => {
    const user = userEvent.setup();
    render(<ChartWithButtons />);
    await user.click(screen.getByRole('button', { name: `Download SVG: ${CAPTION}` }));
    expect(saved.map((file) => [file.name, file.blob.type])).toEqual([['nps-by-region.svg', 'image/svg+xml;charset=utf-8']]);
    const text = await saved[0]!.blob.text();
    const file = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(file.querySelector('parsererror')).toBeNull();
    expect(file.documentElement.querySelector('title')?.textContent).toBe(CAPTION);
    expect(screen.getByRole('status').textContent).toBe('SVG file made; your browser saves it.');
  });

  it('says the PNG could not be made where the browser cannot draw it (jsdom decodes no images and has no canvas), and offers the other format', async () => {
    const user = userEvent.setup();
    render(<ChartWithButtons />);
    await user.click(screen.getByRole('button', { name: `Download PNG: ${CAPTION}` }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The PNG file could not be made in this browser. Try the other format, or print the page.'));
    expect(saved).toEqual([]);
    // The SVG was handed to an image through a blob: URL, which was let go afterwards.
    expect(URL.revokeObjectURL).toHaveBeenCalled();
  });
});
