import type { PortableMessage } from '../../lib/portable/portable-error.ts';

export interface PortableMessageTextProps {
  readonly message: PortableMessage;
  /** What the message is about (a file name, "Entry 2 (1.f33…)"), shown in bold before it. */
  readonly source?: string;
}

/** The one way the assessment pages show why a link, code or file could not be read: the headline, then its details as a list. */
export function PortableMessageText({ message, source }: PortableMessageTextProps) {
  return (
    <>
      <p>
        {source !== undefined && <strong>{source}: </strong>}
        {message.headline}
      </p>
      {message.details.length > 0 && (
        <ul className="issue-list">
          {message.details.map((detail, index) => (
            <li key={`${String(index)}-${detail}`}>{detail}</li>
          ))}
        </ul>
      )}
    </>
  );
}
