import type { PersonaIssue } from '../../lib/persona/describe-field-path';

/** Problems as a list; each one moves focus to its field. */
export function ProblemList({ problems, fieldId }: { readonly problems: readonly PersonaIssue[]; readonly fieldId: (path: PersonaIssue['path']) => string }) {
  return (
    <ul className="pb-problems">
      {problems.map((problem) => (
        <li key={problem.path.join('.')}>
          <a
            href={`#${fieldId(problem.path)}`}
            onClick={(event) => {
              const target = document.getElementById(fieldId(problem.path));
              if (!target) return;
              event.preventDefault();
              target.focus();
              target.scrollIntoView({ block: 'center' });
            }}
          >
            {problem.place} {problem.message}
          </a>
        </li>
      ))}
    </ul>
  );
}
