import { useState, type RefObject } from 'react';
import { downloadChartPng, downloadChartSvg } from '../shared/picture-export.ts';

export interface ChartExportButtonsProps {
  /** The chart's <svg>: pass the same ref as the chart's `svgRef`. */
  readonly svgRef: RefObject<SVGSVGElement | null>;
  /** What the chart shows: the file's title, the line above the chart and its name ("nps-by-region.png"). */
  readonly caption: string;
}

type ExportState = { readonly kind: 'idle' } | { readonly kind: 'working' } | { readonly kind: 'saved'; readonly format: 'SVG' | 'PNG' } | { readonly kind: 'failed'; readonly format: 'SVG' | 'PNG' };

function describeState(state: ExportState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'working':
      return 'Drawing the PNG…';
    case 'saved':
      return `${state.format} file made; your browser saves it.`;
    case 'failed':
      return `The ${state.format} file could not be made in this browser. Try the other format, or print the page.`;
    default:
      return state satisfies never;
  }
}

/**
 * "Download SVG" and "Download PNG" for one chart, with a status line a screen reader hears. Place it after
 * the chart; the files are made in the browser from the chart as drawn.
 */
export function ChartExportButtons({ svgRef, caption }: ChartExportButtonsProps) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  function saveSvg() {
    const svg = svgRef.current;
    if (!svg) return;
    try {
      downloadChartSvg(svg, caption);
      setState({ kind: 'saved', format: 'SVG' });
    } catch {
      setState({ kind: 'failed', format: 'SVG' });
    }
  }

  async function savePng() {
    const svg = svgRef.current;
    if (!svg) return;
    setState({ kind: 'working' });
    try {
      await downloadChartPng(svg, caption);
      setState({ kind: 'saved', format: 'PNG' });
    } catch {
      setState({ kind: 'failed', format: 'PNG' });
    }
  }

  return (
    <div className="survey-chart__export result-actions">
      <div className="result-actions__buttons">
        <button type="button" className="button button--secondary" onClick={saveSvg}>
          Download SVG<span className="visually-hidden">: {caption}</span>
        </button>
        <button type="button" className="button button--secondary" onClick={() => void savePng()} disabled={state.kind === 'working'}>
          Download PNG<span className="visually-hidden">: {caption}</span>
        </button>
      </div>
      <p className={`result-actions__status${state.kind === 'failed' ? ' result-actions__status--failed' : ''}`} role="status">
        {describeState(state)}
      </p>
    </div>
  );
}
