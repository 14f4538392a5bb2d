import { RESPONDENT_ROLES, type Respondent } from '../../lib/assessment/respondent.ts';
import { ROLE_LABELS } from './labels.ts';

export interface RoleSelectProps {
  readonly id: string;
  /** The respondent whose role this is (its name is kept when the role changes). */
  readonly respondent: Respondent | undefined;
  readonly onChange: (respondent: Respondent) => void;
}

/** A respondent's role: "No role given" or one of the roles the team view groups by. Label it with `id`. */
export function RoleSelect({ id, respondent, onChange }: RoleSelectProps) {
  return (
    <select
      id={id}
      value={respondent?.role ?? ''}
      onChange={(event) => {
        const role = RESPONDENT_ROLES.find((candidate) => candidate === event.currentTarget.value);
        const { role: _previous, ...rest } = respondent ?? {};
        onChange(role === undefined ? rest : { ...rest, role });
      }}
    >
      <option value="">No role given</option>
      {RESPONDENT_ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </select>
  );
}
