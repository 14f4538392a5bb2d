export interface FigureToolbarProps {
  readonly onUseExample: () => void;
  readonly onClear: () => void;
}

/** The buttons under a figure calculator's form: fill the worked example, or clear every figure. */
export function FigureToolbar({ onUseExample, onClear }: FigureToolbarProps) {
  return (
    <div className="figure-toolbar">
      <button type="button" className="button button--secondary" onClick={onUseExample}>
        Use the worked example
      </button>
      <button type="button" className="button button--secondary" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}
