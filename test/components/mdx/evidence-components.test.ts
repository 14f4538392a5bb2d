import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Heuristic from '../../../src/components/mdx/Heuristic.astro';
import Limits from '../../../src/components/mdx/Limits.astro';
import VendorData from '../../../src/components/mdx/VendorData.astro';
import { MDX_COMPONENTS } from '../../../src/components/mdx/index';

// The evidence-standard components of issue 16: what a reader sees, and no JavaScript shipped with them.
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ([:)])/g, '$1').trim();

describe('evidence components', () => {
  it('are registered for every guide without an import', () => {
    expect(Object.keys(MDX_COMPONENTS)).toEqual(expect.arrayContaining(['Heuristic', 'VendorData', 'Limits']));
  });

  it('Heuristic marks a claim as our own rule of thumb, with an optional note', async () => {
    expect(text(await container.renderToString(Heuristic))).toBe('Touchpoint heuristic');
    const withNote = await container.renderToString(Heuristic, { props: { note: 'from our own projects' } });
    expect(text(withNote)).toBe('Touchpoint heuristic: from our own projects');
    expect(withNote).not.toMatch(/<script/);
  });

  it('VendorData names the vendor behind a figure', async () => {
    const html = await container.renderToString(VendorData, { props: { vendor: 'Gartner' } });
    expect(text(html)).toBe('Vendor data (Gartner)');
    expect(html).not.toMatch(/<script/);
  });

  it('Limits is a labelled box titled "Limits and evidence" around its content', async () => {
    const html = await container.renderToString(Limits, { slots: { default: '<p>The weakest link is the sample.</p>' } });
    expect(html).toMatch(/<aside[^>]*aria-labelledby="limits-and-evidence"/);
    expect(html).toMatch(/id="limits-and-evidence"[^>]*>Limits and evidence</);
    expect(text(html)).toBe('Limits and evidence The weakest link is the sample.');
    expect(html).not.toMatch(/<script/);
  });
});
