import { useState } from 'react';
import { PERSONA_LIMITS } from '../../lib/persona/persona-limits';
import { announce } from '../shared/announcer.ts';
import { focusLater } from '../shared/focus-later';
import { useFormContext } from './form-context';

interface TagsFieldProps {
  readonly tags: readonly string[];
  readonly onChange: (tags: string[]) => void;
}

/** Tags: type one and press Enter or "Add tag"; each tag has its own remove button. */
export function TagsField({ tags, onChange }: TagsFieldProps) {
  const { fieldId, problemOf } = useFormContext();
  const id = fieldId(['tags']);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  const problem = problemOf(['tags']);

  const add = () => {
    const tag = draft.trim().replace(/\s+/g, ' ');
    if (!tag) return setMessage('Type a tag first.');
    if (tag.length > PERSONA_LIMITS.tag) return setMessage(`“${tag}” is ${tag.length} characters; a tag holds up to ${PERSONA_LIMITS.tag}.`);
    if (tags.some((known) => known.toLocaleLowerCase() === tag.toLocaleLowerCase())) return setMessage(`“${tag}” is already a tag.`);
    if (tags.length >= PERSONA_LIMITS.tags) return setMessage(`A persona holds up to ${PERSONA_LIMITS.tags} tags: remove one first.`);
    onChange([...tags, tag]);
    setDraft('');
    setMessage('');
    announce(`Tag “${tag}” added.`);
  };
  const remove = (index: number) => {
    const tag = tags[index];
    onChange(tags.filter((_tag, position) => position !== index));
    announce(`Tag “${tag ?? ''}” removed.`);
    focusLater(id);
  };

  return (
    <div className="pb-field">
      <label htmlFor={id} className="pb-field__label">
        Tags
      </label>
      <p id={`${id}-tip`} className="pb-field__tip">
        Short labels to find and group personas: a market, a product line, a project. Press Enter to add.
      </p>
      {tags.length > 0 && (
        <ul className="pb-chips pb-chips--editable" aria-label="Current tags">
          {tags.map((tag, index) => (
            <li key={tag} className="pb-chip">
              {tag}
              <button type="button" className="pb-chip__remove" onClick={() => remove(index)}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">Remove tag {tag}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="pb-inline">
        <input
          id={id}
          type="text"
          value={draft}
          aria-describedby={[`${id}-tip`, message && `${id}-message`, problem && `${id}-problem`].filter(Boolean).join(' ')}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
        />
        <button type="button" className="button button--secondary" onClick={add}>
          Add tag
        </button>
      </div>
      {message && (
        <p id={`${id}-message`} className="pb-field__problem" role="status">
          {message}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="pb-field__problem">
          {problem}
        </p>
      )}
    </div>
  );
}
