import { getPersonaInitials } from '../../lib/persona/get-persona-initials';
import type { Persona } from '../../lib/persona/persona-schema';
import { AVATAR_COLOURS } from '../../lib/persona/persona-vocabulary';

interface AvatarProps {
  readonly name: string;
  readonly avatar: Persona['avatar'];
  readonly size?: 'small' | 'medium' | 'large';
}

/** A persona's photo, or its initials on its colour. Decorative: the name is always written beside it. */
export function Avatar({ name, avatar, size = 'medium' }: AvatarProps) {
  const className = `pb-avatar pb-avatar--${size}`;
  if (avatar.image) {
    return <img className={className} src={avatar.image} alt="" width={256} height={256} />;
  }
  return (
    <span className={className} style={{ backgroundColor: AVATAR_COLOURS[avatar.colour] }} aria-hidden="true">
      {getPersonaInitials(name)}
    </span>
  );
}
