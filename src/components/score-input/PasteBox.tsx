import { useEffect, useId, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import type { FileStatus, RestoredText, ScoreInput } from '../../stores/score-input.ts';
import { insertPastedText, type PastedBoxText } from '../../lib/score-input/insert-pasted-text.ts';
import { LARGE_PASTE_CHARACTERS } from '../../lib/score-input/score-input-state.ts';
import { formatBytes } from '../../lib/text/format.ts';
import type * as ScoreInputParts from './score-input-parts.ts';
import { RestoredPasteChoice } from './RestoredPasteChoice.tsx';
import { useIslandStore } from './use-island-store.ts';

/** Wait this long after the last keystroke before reading the box. */
const TYPING_DELAY_MS = 200;
/**
 * Pastes this long are put in the box by the page (or, when large, not at all) instead of by the browser:
 * the browser's own paste takes about 15 ms per thousand lines, the page's about 1 ms.
 */
const OWN_PASTE_LINES = 1000;
const OWN_PASTE_CHARACTERS = 50_000;
const FILE_TYPES = '.csv,.tsv,.tab,.txt,text/csv,text/plain,text/tab-separated-values';

/** Whether a paste is long enough for the page to insert it (counts lines only up to the limit). */
function isLongPaste(text: string): boolean {
  if (text.length > OWN_PASTE_CHARACTERS) return true;
  let lines = 0;
  let index = text.indexOf('\n');
  while (index !== -1) {
    lines += 1;
    if (lines >= OWN_PASTE_LINES) return true;
    index = text.indexOf('\n', index + 1);
  }
  return false;
}

/**
 * What happened to a file, in a sentence or two (the name and size only render after hydration, in the reader's
 * locale). Why a file was refused is worded by code loaded with the input's later parts; until it is here (or if
 * it cannot load) the sentence says only that the file could not be read.
 */
function describeFileStatus(status: Exclude<FileStatus, { kind: 'idle' }>, parts: typeof ScoreInputParts | null): string {
  switch (status.kind) {
    case 'reading':
      return `Reading “${status.name}”…`;
    case 'read':
      return `Read “${status.name}” (${formatBytes(status.bytes)}).`;
    case 'failed': {
      const problem = parts ? parts.describeFileProblem(status.name, status.problem) : `“${status.name}” could not be read.`;
      const { earlier } = status;
      if (earlier.kind === 'cleared') return `${problem} The earlier answers, read from “${earlier.fileName}”, were cleared.`;
      if (earlier.kind === 'kept') return `${problem} Your earlier answers are still shown.`;
      return problem;
    }
    default:
      status satisfies never;
      return '';
  }
}

/** A paste held back while the person chooses what to do with the restored answers. */
type HeldPaste = RestoredText & {
  readonly text: string;
  /** Counts pastes, so a second paste while the choice is open shows it afresh (and focuses its default). */
  readonly revision: number;
};

export interface PasteBoxProps {
  readonly input: ScoreInput;
  /** The box's label, e.g. "Answers (0 to 10)". */
  readonly label: string;
  /** An example of what to paste, for the hint. */
  readonly example: string;
  /** Id of the reading report under the box, for aria-describedby. */
  readonly reportId: string;
  /** The file the saved text came from, if any. */
  readonly fileName: string | null;
  /**
   * The input's later parts (see ScoreInput.tsx, which loads them once there is a paste, a kept count or a refused
   * file): the wording of a refused file and the large-paste notice. Null until they are here.
   */
  readonly parts: typeof ScoreInputParts | null;
}

/**
 * The paste box: an uncontrolled textarea read on input (debounced) and on paste, a file chooser, and a drop
 * target. Large pastes never enter the box; they go straight to the input, which reads them in a worker.
 *
 * Pasted text never runs into the answers beside it: a paste into answers restored from an earlier visit asks
 * whether to replace them or add to them (the caret, put at the end by a click, would otherwise glue "1" and
 * "0" into "10"), and the page adds a line break wherever it inserts text against other text.
 */
export function PasteBox({ input, label, example, reportId, fileName, parts }: PasteBoxProps) {
  const id = useId();
  const boxId = `${id}-box`;
  const hintId = `${id}-hint`;
  const largeId = `${id}-large`;
  const fileId = `${id}-file`;
  const fileStatusId = `${id}-file-status`;
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The text last handed to the input, so an unchanged box is not read twice. */
  const lastSent = useRef<string>('');
  /** Whether a replaced box had the focus, so its successor takes it. */
  const refocusBox = useRef(false);
  /**
   * Bumped to give the box a fresh element. Emptying a textarea that holds a million lines takes Chromium
   * 0.4-2.4 s (measured on a loaded two-core machine); dropping it for a new one, about 70 ms.
   */
  const [boxGeneration, setBoxGeneration] = useState(0);
  const [dropActive, setDropActive] = useState(false);
  const [heldPaste, setHeldPaste] = useState<HeldPaste | null>(null);
  const fileStatus = useIslandStore(input.$fileStatus, { kind: 'idle' });
  const largeSource = useIslandStore(input.$largeSource, null);
  const paste = useIslandStore(input.$paste, { kind: 'empty' });

  /** Hand the box's text to the input, unless unchanged; `always` for a paste, which also marks the text as this page's. */
  const send = (text: string, always = false) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!always && text === lastSent.current) return;
    lastSent.current = text;
    input.setText(text);
  };

  /** Put text the page inserted in the box (or, when large, only in the input) and read it at once. */
  const putInBox = ({ text, caret }: Pick<PastedBoxText, 'text' | 'caret'>) => {
    const box = boxRef.current;
    if (!box) return;
    if (text.length > LARGE_PASTE_CHARACTERS) {
      box.value = '';
    } else {
      box.value = text;
      box.setSelectionRange(caret, caret);
    }
    send(text, true);
  };

  // The box is uncontrolled: fill it with the saved text once hydrated (or once replaced), then whenever the input asks.
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    if (refocusBox.current) box.focus();
    refocusBox.current = false;
    const saved = input.$state.get().text;
    lastSent.current = input.$largeText.get() ?? saved;
    // The server renders an empty box: text in it now was typed or pasted before the page finished loading.
    // Read it rather than overwrite it with the saved text.
    if (box.value !== '' && box.value !== saved) send(box.value);
    else if (box.value !== saved) box.value = saved;
    const unbind = input.$boxText.listen(({ text }) => {
      clearTimeout(timer.current);
      timer.current = undefined;
      // The restored answers a held paste would replace or add to are gone (a file was read, another tab).
      setHeldPaste(null);
      box.value = text;
      lastSent.current = input.$largeText.get() ?? text;
    });
    return () => {
      unbind();
      // Read what was typed before the box goes away (e.g. a switch to counts mode).
      if (timer.current !== undefined) send(box.value);
    };
    // `send` only uses refs and `input`, so the effect depends on `input` and the element alone.
  }, [input, boxGeneration]);

  const onInput = () => {
    const box = boxRef.current;
    // Text that arrived all at once by another path than a paste (dropped text, autofill, a script setting the
    // value) is taken as a paste is, at once and out of the box when large: left in the box through the typing
    // pause, a million lines are laid out and re-rendered for a minute. Typing changes the length a little at a time.
    if (box && Math.abs(box.textLength - lastSent.current.length) > OWN_PASTE_CHARACTERS) {
      const text = box.value;
      if (text.length <= LARGE_PASTE_CHARACTERS) {
        putInBox({ text, caret: text.length });
        return;
      }
      refocusBox.current = document.activeElement === box;
      setBoxGeneration((generation) => generation + 1);
      send(text, true);
      return;
    }
    clearTimeout(timer.current);
    // Typed (or pasted) while a file is being read: newer than the file, so it is read now, which drops the file's
    // reading. After the typing pause, a file read meanwhile would have replaced it.
    if (box && input.$fileStatus.get().kind === 'reading') {
      send(box.value);
      return;
    }
    timer.current = setTimeout(() => {
      if (boxRef.current) send(boxRef.current.value);
    }, TYPING_DELAY_MS);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    if (pasted === '') return;
    const box = event.currentTarget;
    const restored = input.$restoredText.get();
    // Everything selected (Ctrl+A, then paste) already says "replace"; typing not yet read makes the text this visit's.
    const replacesAll = box.selectionStart === 0 && box.selectionEnd === box.value.length;
    if (restored && timer.current === undefined && !replacesAll) {
      event.preventDefault();
      setHeldPaste((held) => ({ ...restored, text: pasted, revision: (held?.revision ?? 0) + 1 }));
      return;
    }
    const long = isLongPaste(pasted);
    const pastedText = insertPastedText(box.value, box.selectionStart, box.selectionEnd, pasted, long ? 'touching' : 'digits-at-caret');
    // A short paste that fuses nothing is left to the browser (it keeps its undo history); onInput reads it.
    if (!long && pastedText.addedBreaks === 0) return;
    event.preventDefault();
    putInBox(pastedText);
  };

  const settleHeldPaste = (choice: 'replace' | 'add' | 'cancel') => {
    const box = boxRef.current;
    const held = heldPaste;
    setHeldPaste(null);
    if (!box || !held) return;
    if (choice === 'replace') putInBox({ text: held.text, caret: held.text.length });
    if (choice === 'add') putInBox(insertPastedText(box.value, box.value.length, box.value.length, held.text, 'touching'));
    box.focus();
  };

  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDropActive(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const box = boxRef.current;
    if (!hasFiles(event)) {
      // Long dropped text goes in as a long paste does; short text is left to the browser (it keeps its undo).
      const dropped = event.dataTransfer.getData('text/plain');
      if (!box || !isLongPaste(dropped)) return;
      event.preventDefault();
      putInBox(insertPastedText(box.value, box.selectionStart, box.selectionEnd, dropped, 'touching'));
      return;
    }
    event.preventDefault();
    setDropActive(false);
    const file = event.dataTransfer.files[0];
    if (file) void input.loadFile(file);
  };

  const kept = paste.kind === 'kept' ? paste.kept : null;
  // A large paste or file is held by the worker: the box shows its size, never its text.
  const largeSize = largeSource !== null ? { characters: largeSource.characters, lines: paste.kind === 'read' ? paste.analysis.size.lines : null } : null;
  const describedBy = [hintId, parts && (largeSource !== null || kept) ? largeId : '', fileStatus.kind === 'idle' ? '' : fileStatusId, reportId]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      className={`score-input__paste${dropActive ? ' score-input__paste--drop' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={() => setDropActive(false)}
      onDrop={onDrop}
    >
      <div className="field">
        <label htmlFor={boxId}>{label}</label>
        <p id={hintId} className="field__hint">
          One answer per line, or separated by commas, semicolons, tabs or spaces, e.g. <code>{example}</code>. Columns
          copied from a spreadsheet or a CSV work too: you choose the column.
        </p>
        {parts && <parts.LargePasteNotice id={largeId} size={largeSize} kept={kept} fileName={fileName} />}
        <textarea
          key={boxGeneration}
          id={boxId}
          ref={boxRef}
          className="score-input__box"
          rows={8}
          spellCheck={false}
          // Long text put in the box before hydration is taken out at once and dropped on it after (field-edits.ts).
          data-long-text-as-drop={OWN_PASTE_CHARACTERS}
          autoCapitalize="off"
          autoComplete="off"
          aria-describedby={describedBy}
          onInput={onInput}
          onPaste={onPaste}
          onBlur={() => {
            if (timer.current !== undefined && boxRef.current) send(boxRef.current.value);
          }}
        />
        {heldPaste && (
          <RestoredPasteChoice
            key={heldPaste.revision}
            savedAt={heldPaste.savedAt}
            fileName={heldPaste.fileName}
            onReplace={() => settleHeldPaste('replace')}
            onAdd={() => settleHeldPaste('add')}
            onCancel={() => settleHeldPaste('cancel')}
          />
        )}
      </div>
      <div className="score-input__file">
        <label className="button button--secondary score-input__file-button" htmlFor={fileId}>
          Choose a file
        </label>
        <input
          id={fileId}
          className="score-input__file-input"
          type="file"
          accept={FILE_TYPES}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void input.loadFile(file);
          }}
        />
        <span className="field__hint">or drop a CSV or text file here. It is read on this device, never uploaded.</span>
      </div>
      {fileStatus.kind !== 'idle' && (
        <p id={fileStatusId} className={fileStatus.kind === 'failed' ? 'field__error' : 'field__hint'} role={fileStatus.kind === 'failed' ? 'alert' : 'status'}>
          {describeFileStatus(fileStatus, parts)}
        </p>
      )}
    </div>
  );
}
