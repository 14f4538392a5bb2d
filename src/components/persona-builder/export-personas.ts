import { exportPersonasJson, getExportFileName } from '../../lib/persona/persona-file';
import type { Persona } from '../../lib/persona/persona-schema';
import { personasToMarkdown } from '../../lib/persona/persona-to-markdown';
import { findPersonaProblems } from '../../lib/persona/validate-persona';
import { announce } from '../shared/announcer.ts';
import { downloadText } from '../shared/download-text';

/**
 * Download personas as JSON or Markdown and say what happened. A persona with problems is still exported
 * (nothing is held back), with a warning that the JSON will not import until they are fixed.
 *
 * @returns the warning shown next to the button, or '' when all is well
 */
export function exportPersonas(personas: readonly Persona[], format: 'json' | 'md'): string {
  if (personas.length === 0) {
    announce('There are no personas to export yet.');
    return 'There are no personas to export yet.';
  }
  const now = new Date();
  const fileName = getExportFileName(personas, format, now);
  if (format === 'json') downloadText(fileName, exportPersonasJson(personas, now), 'application/json');
  else downloadText(fileName, personasToMarkdown(personas), 'text/markdown');
  const withProblems = personas.filter((persona) => findPersonaProblems(persona).length > 0);
  const warning =
    format === 'json' && withProblems.length > 0
      ? `Exported ${fileName}. ${withProblems.map((persona) => `“${persona.name || 'Untitled'}”`).join(', ')} ${withProblems.length === 1 ? 'has' : 'have'} fields to fix (marked in the form): the file will not import until they are fixed.`
      : '';
  announce(warning || `Downloaded ${fileName}.`);
  return warning;
}
