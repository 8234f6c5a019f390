// The self-scan form as it crosses a host boundary: the description the panel computes, the responses read back.

/**
 * One question of the form: a dropdown (the person: the one required question), a multiple choice, or a grid of
 * rows × choices (one choice per row).
 */
export interface FormItemSpec {
  readonly type: 'list' | 'choice' | 'grid';
  readonly title: string;
  /** The help under the title (a grid: the item texts of its rows). */
  readonly help: string;
  /** The choices; a grid's columns. */
  readonly choices: readonly string[];
  /** A grid's rows: the matrix's column headers. */
  readonly rows?: readonly string[];
}

/**
 * The form to make, computed by the panel from the matrix (shared/selfscan/form-spec.ts); the host applies it
 * as it is: title, description, whether to collect e-mail addresses (the matrix has an E-mail column:
 * respondents log in with an account of the domain) and the questions in order.
 */
export interface FormSpec {
  readonly title: string;
  readonly description: string;
  readonly email: boolean;
  readonly items: readonly FormItemSpec[];
}

/** A form made: the link to share. */
export interface FormMade {
  readonly url: string;
}

/** One question of the form as it is now (a grid with its rows: the header each answer belongs to). */
export interface FormItemState {
  readonly id: number;
  readonly title: string;
  readonly rows: readonly string[] | null;
}

/** One response: its id, when it was sent (ms), the respondent's e-mail ("" when not collected), taken over yet. */
export interface FormResponseState {
  readonly id: string;
  readonly time: number;
  readonly email: string;
  readonly taken: boolean;
  /** Per answered question: its id and the answer (a grid: one text per row, "" for a row left open). */
  readonly answers: readonly (readonly [number, string | readonly string[]])[];
}

/** The spreadsheet's self-scan form and its responses; null when no form was made here. */
export interface FormState {
  readonly url: string;
  readonly items: readonly FormItemState[];
  readonly responses: readonly FormResponseState[];
}
