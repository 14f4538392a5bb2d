export interface ReliabilityNotesProps {
  /** Plain sentences, one per reason to read the result with care; nothing renders when empty. */
  readonly notes: readonly string[];
}

/** "Read with care": small samples, answers all alike, wide intervals. */
export function ReliabilityNotes({ notes }: ReliabilityNotesProps) {
  if (notes.length === 0) return null;
  return (
    <div className="notice score-tool__care">
      <p>
        <strong>Read this with care.</strong>
      </p>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
